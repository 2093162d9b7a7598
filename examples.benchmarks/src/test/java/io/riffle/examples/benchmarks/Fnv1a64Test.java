package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class Fnv1a64Test {

    @Test
    public void reproducesTheTestVectors() {
        assertEquals(0x08cb8607b56d7952L, Fnv1a64.hash("w0"));
        assertEquals(0xfb492521b9766a62L, Fnv1a64.hash("w9999"));
    }

    @Test
    public void hashOfTheEmptyWordIsTheOffsetBasis() {
        assertEquals(0xcbf29ce484222325L, Fnv1a64.hash(""));
    }
}
