package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ShuffleBytesJobTest {

    @Test
    public void payloadsFollowTheDefinition() {
        for (long id : new long[] {0, 1, 255, 256, 1_000_003, 0x0102030405060708L, Long.MAX_VALUE, -1}) {
            assertArrayEquals("payload " + id, definition(id), new ShuffleBytesJob.PayloadGenerator().map(id));
        }
    }

    @Test
    public void theIdReadsBackFromAPayload() {
        assertEquals(0x0102030405060708L, ShuffleBytesJob.id(ShuffleBytesJob.payload(0x0102030405060708L)));
        assertEquals(-2, ShuffleBytesJob.id(ShuffleBytesJob.payload(-2)));
    }

    @Test
    public void mbpsCountsPayloadBytesOnly() {
        assertEquals(" mbps=279.3", new ShuffleBytesJob().extraFields(10_000_000, 3.58, null));
    }

    /** Bytes 0..7 = id big-endian; byte k (8 ≤ k ≤ 99) = (id + k) mod 256. */
    private static byte[] definition(long id) {
        byte[] payload = new byte[100];
        for (int k = 0; k < 8; k++) {
            payload[k] = (byte) (id >>> (56 - 8 * k));
        }
        for (int k = 8; k < 100; k++) {
            payload[k] = (byte) Math.floorMod(id + k, 256);
        }
        return payload;
    }
}
