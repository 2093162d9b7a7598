package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The sequential reference against every row of JOBS.md's table. */
public class BenchmarkDigestsTest {

    @Test
    public void wordcountReferenceMatchesJobsMd() {
        assertEquals("952/1000/28fc101ccdc5950f/4202011f311cde59", BenchmarkDigests.wordcount(1_000));
        assertEquals("10000/1000003/c61859297c8b6703/dc562d21ae968724", BenchmarkDigests.wordcount(1_000_003));
    }

    @Test
    public void wordcountReferenceMatchesJobsMdAtTheDefaultSize() {
        assertEquals("10000/20000000/b683f379a0f498bf/0e861e2450c3355a", BenchmarkDigests.wordcount(20_000_000));
    }

    @Test
    public void chainReferenceMatchesJobsMd() {
        assertEquals("500/375250", BenchmarkDigests.chain(1_000));
        assertEquals("500001/375001750002", BenchmarkDigests.chain(1_000_003));
    }

    @Test
    public void chainReferenceMatchesJobsMdAtTheDefaultSize() {
        assertEquals("50000000/3750000025000000", BenchmarkDigests.chain(100_000_000));
    }

    @Test
    public void chainClosedFormAgreesWithTheLoop() {
        for (long n = 1; n <= 2_000; n++) {
            assertEquals("N = " + n, BenchmarkDigests.chain(n), BenchmarkDigests.chainClosedForm(n));
        }
        assertEquals("50000000/3750000025000000", BenchmarkDigests.chainClosedForm(100_000_000));
    }

    @Test
    public void shuffleBytesReferenceMatchesJobsMd() {
        assertEquals("1000/499500/128484", BenchmarkDigests.shuffleBytes(1_000));
        assertEquals("1000003/500002500003/127500684", BenchmarkDigests.shuffleBytes(1_000_003));
    }

    @Test
    public void shuffleBytesReferenceMatchesJobsMdAtTheDefaultSize() {
        assertEquals("10000000/49999995000000/1275004480", BenchmarkDigests.shuffleBytes(10_000_000));
    }

    @Test
    public void windowReferenceMatchesJobsMd() {
        assertEquals("647/16655462/0000003fea94f3cc", BenchmarkDigests.window(1_000));
        assertEquals("632387/16388403331/001e098754427f96", BenchmarkDigests.window(1_000_003));
    }

    @Test
    public void windowReferenceMatchesJobsMdAtTheDefaultSize() {
        assertEquals("12645667/327702983161/0d8c58fe8accb78c", BenchmarkDigests.window(20_000_000));
    }
}
