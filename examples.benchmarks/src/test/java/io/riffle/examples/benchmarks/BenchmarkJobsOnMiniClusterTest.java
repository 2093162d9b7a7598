package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;

import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Each job on the in-process mini cluster of runtime.embedded, at parallelism 1, 2 and 4 and at
 * every size JOBS.md lists, must give JOBS.md's digest: the same at any parallelism.
 */
@RunWith(Parameterized.class)
public class BenchmarkJobsOnMiniClusterTest {

    @Parameters(name = "{0} n={1} p={2}")
    public static List<Object[]> runs() {
        String[][] digests = {
            {WordCountJob.NAME, "1000", "952/1000/28fc101ccdc5950f/4202011f311cde59"},
            {WordCountJob.NAME, "1000003", "10000/1000003/c61859297c8b6703/dc562d21ae968724"},
            {ChainJob.NAME, "1000", "500/375250"},
            {ChainJob.NAME, "1000003", "500001/375001750002"},
            {WindowJob.NAME, "1000", "647/16655462/0000003fea94f3cc"},
            {WindowJob.NAME, "1000003", "632387/16388403331/001e098754427f96"},
            {ShuffleBytesJob.NAME, "1000", "1000/499500/128484"},
            {ShuffleBytesJob.NAME, "1000003", "1000003/500002500003/127500684"},
            // the reference sizes: seconds each, and what the benchmarks run
            {WordCountJob.NAME, "20000000", "10000/20000000/b683f379a0f498bf/0e861e2450c3355a"},
            {ChainJob.NAME, "100000000", "50000000/3750000025000000"},
            {WindowJob.NAME, "20000000", "12645667/327702983161/0d8c58fe8accb78c"},
            {ShuffleBytesJob.NAME, "10000000", "10000000/49999995000000/1275004480"},
        };
        List<Object[]> runs = new ArrayList<>();
        for (String[] row : digests) {
            for (int parallelism : new int[] {1, 2, 4}) {
                runs.add(new Object[] {row[0], Long.parseLong(row[1]), parallelism, row[2]});
            }
        }
        return runs;
    }

    private final String job;
    private final long records;
    private final int parallelism;
    private final String expectedDigest;

    public BenchmarkJobsOnMiniClusterTest(String job, long records, int parallelism, String expectedDigest) {
        this.job = job;
        this.records = records;
        this.parallelism = parallelism;
        this.expectedDigest = expectedDigest;
    }

    @Test(timeout = 60_000)
    public void producesTheDigestOfJobsMd() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        assertEquals(expectedDigest, Benchmark.job(job).orElseThrow().run(env, records));
    }
}
