package io.riffle.bench.compare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.bench.digest.JobSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

public class CompareOptionsTest {

    @Test
    public void defaultsAreAllJobsAtJobsMdSizesFiveRunsAtParallelismOneAndTwoLocally() {
        CompareOptions options = CompareOptions.parse("--home", "/r");
        assertEquals(Path.of("/r"), options.home());
        assertEquals(List.of(JobSpec.values()), options.jobs());
        assertEquals(20_000_000L, options.recordsOf(JobSpec.WORDCOUNT));
        assertEquals(100_000_000L, options.recordsOf(JobSpec.CHAIN));
        assertEquals(5, options.runs());
        assertEquals(List.of(1, 2), options.parallelisms());
        assertEquals("local", options.mode());
        assertEquals("minicluster", options.flink());
        assertTrue(options.ceiling());
        assertEquals(Duration.ofSeconds(30), options.quietWait());
    }

    @Test
    public void everyOptionIsRead() {
        CompareOptions options = CompareOptions.parse("--jobs", "window,chain,window", "-n", "1_000_003", "-r", "3",
                "-p", "2,4", "--cluster", "--no-ceiling", "--quiet-wait", "0", "--home", "/r");
        assertEquals(List.of(JobSpec.WINDOW, JobSpec.CHAIN), options.jobs());
        assertEquals(1_000_003L, options.recordsOf(JobSpec.CHAIN));
        assertEquals(3, options.runs());
        assertEquals(List.of(2, 4), options.parallelisms());
        assertEquals("cluster", options.mode());
        assertEquals("standalone", options.flink());
        assertFalse(options.ceiling());
        assertEquals(Duration.ZERO, options.quietWait());
    }

    @Test
    public void flinksSetupCanBeChosenEitherWay() {
        assertEquals("minicluster", CompareOptions.parse("--home", "/r", "--cluster", "--flink", "minicluster").flink());
        assertEquals("standalone", CompareOptions.parse("--home", "/r", "--flink", "standalone").flink());
        assertEquals("--flink is minicluster or standalone, got 'dist'", assertThrows(IllegalArgumentException.class,
                () -> CompareOptions.parse("--home", "/r", "--flink", "dist")).getMessage());
    }

    @Test
    public void wrongOptionsAreRefusedWithAReason() {
        assertEquals("unknown job 'wc'; jobs: wordcount|chain|window|shuffle-bytes", assertThrows(IllegalArgumentException.class,
                () -> CompareOptions.parse("--home", "/r", "--jobs", "wc")).getMessage());
        assertEquals("--runs needs a value", assertThrows(IllegalArgumentException.class,
                () -> CompareOptions.parse("--home", "/r", "--runs")).getMessage());
        assertEquals("--parallelism must be between 1 and 64, got 0", assertThrows(IllegalArgumentException.class,
                () -> CompareOptions.parse("--home", "/r", "-p", "1,0")).getMessage());
        assertEquals("-n needs a whole number, got 'many'", assertThrows(IllegalArgumentException.class,
                () -> CompareOptions.parse("--home", "/r", "-n", "many")).getMessage());
        assertEquals("unknown option '--fast'", assertThrows(IllegalArgumentException.class,
                () -> CompareOptions.parse("--home", "/r", "--fast")).getMessage());
        assertEquals("--quiet-wait must be between 0 and 3600, got -1", assertThrows(IllegalArgumentException.class,
                () -> CompareOptions.parse("--home", "/r", "--quiet-wait", "-1")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CompareOptions.parse("--runs", "2"));
    }
}
