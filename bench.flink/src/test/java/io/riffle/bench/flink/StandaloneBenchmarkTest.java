package io.riffle.bench.flink;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.bench.digest.JobSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A real standalone Flink cluster (a JobManager and two TaskManager JVMs) for each run, the job
 * submitted from a client JVM that uploads the job jar: J2 and J4 at N = 1,000 and P = 2 print
 * JOBS.md's digests, and no JVM of the cluster or the client outlives the run, a failed one included.
 */
public class StandaloneBenchmarkTest {

    private static final Pattern RESULT = Pattern.compile("^RESULT job=(\\S+) n=(\\d+) p=(\\d+) seconds=\\S+ rps=\\d+ digest=(\\S+)"
            + "( mbps=\\S+)? job_seconds=\\S+ cpu_s=-1\\.00 other_cpu_s=-1\\.00 tm_peak_rss_mb=(\\d+)$");

    private Path scratch;

    @Before
    public void scratchFolder() throws Exception {
        scratch = Files.createTempDirectory("flink-standalone-test-");
    }

    @After
    public void removeScratch() throws Exception {
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
    }

    @Test
    public void chainAndShuffleBytesPrintJobsMdsDigestsOnAStandaloneClusterAndLeaveNoJvm() throws Exception {
        FlinkInstallation flink = FlinkInstallation.ofThisJvm(scratch);
        assertTrue("the job's classes must reach the cluster only through the uploaded jar",
                flink.flinkClassPath().stream().noneMatch(Files::isDirectory));
        List<ProcessHandle> before = ProcessHandle.current().descendants().toList();
        // JOBS.md's digests at N = 1,000
        Map<JobSpec, String> digests = Map.of(JobSpec.CHAIN, "500/375250", JobSpec.SHUFFLE_BYTES, "1000/499500/128484");
        for (JobSpec job : List.of(JobSpec.CHAIN, JobSpec.SHUFFLE_BYTES)) {
            String line = StandaloneBenchmark.run(new FlinkBenchmark.Invocation(job, 1_000, 2), flink, scratch);
            Matcher result = RESULT.matcher(line);
            assertTrue(line, result.matches());
            assertEquals(job.jobName(), result.group(1));
            assertEquals("1000", result.group(2));
            assertEquals("2", result.group(3));
            assertEquals(line, digests.get(job), result.group(4));
            assertTrue(line, Long.parseLong(result.group(6)) > 0);
            List<ProcessHandle> left = new ArrayList<>(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList());
            left.removeAll(before);
            assertEquals("JVMs left after the " + job.jobName() + " run: " + left, List.of(), left);
        }
    }

    @Test
    public void aFailedRunSaysWhyAndLeavesNoJvm() throws Exception {
        FlinkInstallation good = FlinkInstallation.ofThisJvm(scratch);
        FlinkInstallation missingJar = new FlinkInstallation(good.java(), good.flinkClassPath(), scratch.resolve("no-such-job.jar"));
        List<ProcessHandle> before = ProcessHandle.current().descendants().toList();
        IOException failure = assertThrows(IOException.class,
                () -> StandaloneBenchmark.run(new FlinkBenchmark.Invocation(JobSpec.CHAIN, 1_000, 2), missingJar, scratch));
        assertTrue(failure.getMessage(), failure.getMessage().startsWith("the client failed (exit code 1)"));
        List<ProcessHandle> left = new ArrayList<>(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList());
        left.removeAll(before);
        assertEquals(List.of(), left);
    }

    @Test
    public void everyClusterJvmGetsATwoGibHeap() throws Exception {
        Configuration config = new Configuration();
        StandaloneMemory.addTo(config);
        List<String> taskManager = StandaloneMemory.taskManager(config).jvmOptions();
        assertTrue(taskManager.toString(), taskManager.containsAll(List.of("-Xmx2147483648", "-Xms2147483648")));
        List<String> jobManager = StandaloneMemory.jobManager(config).jvmOptions();
        assertTrue(jobManager.toString(), jobManager.containsAll(List.of("-Xmx2147483648", "-Xms2147483648")));
        assertTrue(StandaloneMemory.taskManager(config).dynamicProperties().contains("taskmanager.memory.managed.size=0b"));
        assertFalse(StandaloneMemory.taskManager(config).dynamicProperties().isEmpty());
    }
}
