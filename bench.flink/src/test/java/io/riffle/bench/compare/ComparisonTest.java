package io.riffle.bench.compare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.riffle.bench.digest.JobSpec;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.Test;

/** RESULT lines in, COMPARE line and table out; the noise rule. */
public class ComparisonTest {

    private static RunSample run(String engine, int index, double rps, String digest, double otherCpu) {
        return new RunSample(engine, index, 10_000_000 / rps, rps, digest, 5, 6, otherCpu, 0);
    }

    @Test
    public void compareLineHasMediansRatiosDigestsAndNoise() {
        Comparison comparison = new Comparison(JobSpec.SHUFFLE_BYTES, 2, "local", "minicluster", 10_000_000, "ok",
                List.of(run("riffle", 1, 6e6, "ok", 0), run("riffle", 2, 4e6, "ok", 1), run("riffle", 3, 5e6, "ok", 0)),
                List.of(run("flink", 1, 2e6, "ok", 0), run("flink", 2, 4e6, "ok", 0), run("flink", 3, 2.5e6, "ok", 0)),
                OptionalDouble.of(6e7));
        assertEquals("COMPARE job=shuffle-bytes p=2 mode=local n=10000000 runs=3 riffle=local-cluster flink=minicluster"
                + " riffle_rps_median=5000000 flink_rps_median=2500000 riffle_mbps_median=500.0 flink_mbps_median=250.0"
                + " ratio_min=1.00 ratio_median=2.00 ratio_max=3.00 digests=match noisy_runs=1/6 ceiling_rps=60000000"
                + " riffle_wall_s_median=6.00 flink_wall_s_median=6.00 riffle_cpu_s_median=5.00 flink_cpu_s_median=5.00",
                comparison.line());
        String table = ComparisonTable.of(List.of(comparison));
        assertTrue(table, table.contains("5.00 M rec/s 500 MB/s"));
        assertTrue(table, table.contains("1/6"));
        assertTrue(table, table.contains("Flink minicluster (median)"));
    }

    @Test
    public void oneWrongDigestOfEitherEngineIsAMismatch() {
        Comparison comparison = new Comparison(JobSpec.CHAIN, 1, "cluster", "standalone", 1000, "ok",
                List.of(run("riffle", 1, 1, "ok", 0)), List.of(run("flink", 1, 1, "bad", 0)), OptionalDouble.empty());
        assertFalse(comparison.digestsMatch());
        assertTrue(comparison.line(), comparison.line().contains(" riffle=jobmanager+2taskmanagers flink=standalone "));
        assertTrue(comparison.line(), comparison.line().contains(" digests=MISMATCH "));
        assertTrue(comparison.line(), comparison.line().contains(" ceiling_rps=-1 "));
    }

    @Test
    public void aRunIsNoisyAboveJobsMdsThreshold() {
        assertFalse(RunSample.noisy(0.8, 10)); // 0.3 + 0.05 * 10 = 0.8
        assertTrue(RunSample.noisy(0.81, 10));
    }

    @Test
    public void resultLinesAreParsedFromTheOutput() {
        String output = "WARN something\nRESULT job=chain n=1000 p=2 seconds=0.41 rps=2439 digest=500/375250 job_seconds=0.3 cpu_s=-1\nbye\n";
        ResultLine line = ResultLine.find("RESULT", output).orElseThrow();
        assertEquals("500/375250", line.text("digest"));
        assertEquals(0.41, line.number("seconds"), 0);
        assertEquals(-1, line.number("cpu_s"), 0);
        assertTrue(ResultLine.find("CEILING", output).isEmpty());
    }
}
