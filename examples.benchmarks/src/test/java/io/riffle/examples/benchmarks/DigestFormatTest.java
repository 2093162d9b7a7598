package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class DigestFormatTest {

    @Test
    public void hexComponentsAreSixteenLowercaseDigitsOfTheUnsignedValue() {
        assertEquals("0000000000000000", DigestFormat.hex(0));
        assertEquals("0000003fea94f3cc", DigestFormat.hex(0x3fea94f3ccL));
        assertEquals("ffffffffffffffff", DigestFormat.hex(-1));
    }

    @Test
    public void decimalComponentsAreUnsigned() {
        assertEquals("18446744073709551615", DigestFormat.decimal(-1));
        assertEquals("375250", DigestFormat.decimal(375250));
    }

    @Test
    public void componentsAreJoinedBySlashes() {
        assertEquals("1/2/3", DigestFormat.join("1", "2", "3"));
    }
}
