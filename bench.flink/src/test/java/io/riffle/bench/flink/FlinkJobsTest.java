package io.riffle.bench.flink;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.bench.digest.JobSpec;
import io.riffle.bench.digest.JobsMdDigests;
import org.junit.Test;

/**
 * The jobs on Flink's MiniCluster at parallelism 1 and 2 against JOBS.md's digests at N = 1,000 and
 * 1,000,003 (16 MiniClusters, about half a minute), and the command line and RESULT line.
 */
public class FlinkJobsTest {

    @Test
    public void everyJobPrintsJobsMdsDigestOnFlink() throws Exception {
        for (JobSpec job : JobSpec.values()) {
            for (long records : new long[] {1_000, 1_000_003}) {
                for (int parallelism : new int[] {1, 2}) {
                    String line = FlinkBenchmark.run(new FlinkBenchmark.Invocation(job, records, parallelism));
                    String expected = JobsMdDigests.of(job.jobName(), records).orElseThrow();
                    assertTrue(line, line.contains(" digest=" + expected + " "));
                    assertTrue(line, line.startsWith("RESULT job=" + job.jobName() + " n=" + records + " p=" + parallelism + " seconds="));
                }
            }
        }
    }

    @Test
    public void resultLineHasRifflesFormatThenOtherCpu() {
        FlinkBenchmark.Invocation invocation = FlinkBenchmark.Invocation.parse(new String[] {"shuffle-bytes", "10_000_000", "2"}, 8);
        assertEquals("RESULT job=shuffle-bytes n=10000000 p=2 seconds=4.00 rps=2500000 digest=d mbps=250.0 job_seconds=3.00"
                + " cpu_s=7.50 other_cpu_s=0.25", FlinkBenchmark.line(invocation, 4, "d", 3, 7.5, 0.25));
        FlinkBenchmark.Invocation chain = FlinkBenchmark.Invocation.parse(new String[] {"chain"}, 8);
        assertEquals(100_000_000L, chain.records());
        assertEquals(8, chain.parallelism());
        assertTrue(FlinkBenchmark.line(chain, 2, "d", 1, 1, 0).contains(" digest=d job_seconds=1.00 "));
    }

    @Test
    public void wrongCommandLinesAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> FlinkBenchmark.Invocation.parse(new String[] {}, 2));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> FlinkBenchmark.Invocation.parse(new String[] {"wc"}, 2)).getMessage().contains("unknown job 'wc'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> FlinkBenchmark.Invocation.parse(new String[] {"chain", "ten"}, 2)).getMessage().contains("whole number"));
        assertThrows(IllegalArgumentException.class, () -> FlinkBenchmark.Invocation.parse(new String[] {"chain", "10", "0"}, 2));
    }
}
