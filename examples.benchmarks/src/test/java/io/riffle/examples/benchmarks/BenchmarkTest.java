package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The command line and the RESULT line; running a job needs an engine (see {@link BenchmarkJobsOnMiniClusterTest}). */
public class BenchmarkTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    public void unknownJobIsAUsageErrorOnOneLine() throws Exception {
        assertUsageError("unknown job 'windows'", "windows");
    }

    @Test
    public void missingJobIsAUsageError() throws Exception {
        assertUsageError("no job given", new String[0]);
    }

    @Test
    public void recordCountThatIsNoNumberIsAUsageError() throws Exception {
        assertUsageError("N must be a whole number, got '20M'", "wordcount", "20M");
    }

    @Test
    public void zeroParallelismIsAUsageError() throws Exception {
        assertUsageError("P must be at least 1, got 0", "chain", "1000", "0");
    }

    @Test
    public void tooManyArgumentsAreAUsageError() throws Exception {
        assertUsageError("too many arguments", "chain", "1000", "2", "3");
    }

    @Test
    public void defaultsComeFromJobsMdAndTheNumberOfCores() {
        Benchmark.Invocation invocation = Benchmark.Invocation.parse(new String[] {"shuffle-bytes"});
        assertEquals(ShuffleBytesJob.NAME, invocation.job().name());
        assertEquals(10_000_000L, invocation.records());
        assertEquals(Runtime.getRuntime().availableProcessors(), invocation.parallelism());
        assertEquals(20_000_000L, Benchmark.Invocation.parse(new String[] {"wordcount"}).records());
        assertEquals(100_000_000L, Benchmark.Invocation.parse(new String[] {"chain"}).records());
    }

    @Test
    public void recordCountMayGroupDigitsWithUnderscores() {
        Benchmark.Invocation invocation = Benchmark.Invocation.parse(new String[] {"chain", "1_000_003", "3"});
        assertEquals(1_000_003L, invocation.records());
        assertEquals(3, invocation.parallelism());
    }

    @Test
    public void resultLineHasTheFormatOfTheFlinkRuns() {
        BenchmarkResult result = new BenchmarkResult("wordcount", 20_000_000, 2, 7.23,
                "10000/20000000/b683f379a0f498bf/0e861e2450c3355a", "", 6.021, 13.5);
        assertEquals("RESULT job=wordcount n=20000000 p=2 seconds=7.23 rps=2766251 "
                + "digest=10000/20000000/b683f379a0f498bf/0e861e2450c3355a job_seconds=6.02 cpu_s=13.50", result.line());
    }

    @Test
    public void shuffleBytesResultLineAddsMegabytesPerSecond() {
        BenchmarkResult result = new BenchmarkResult("shuffle-bytes", 10_000_000, 2, 3.59, "10000000/49999995000000/1275004480",
                new ShuffleBytesJob().extraFields(10_000_000, 3.59, null), 2.47, -1);
        assertEquals("RESULT job=shuffle-bytes n=10000000 p=2 seconds=3.59 rps=2785515 "
                + "digest=10000000/49999995000000/1275004480 mbps=278.6 job_seconds=2.47 cpu_s=-1.00", result.line());
    }

    private void assertUsageError(String expectedStart, String... args) throws Exception {
        int status = Benchmark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Benchmark.USAGE, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message, message.startsWith("benchmark: " + expectedStart));
        assertEquals(message, 1, message.lines().count());
    }
}
