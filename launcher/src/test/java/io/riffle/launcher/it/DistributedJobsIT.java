package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Jobs on a cluster of separate JVMs: J1 (wordcount of JOBS.md) and J3 (window) submitted with
 * 'riffle run' run across two TaskManagers and give the exact digests; a TaskManager killed with SIGKILL mid-job is
 * noticed within 5 s, the job restarts, and it finishes with the exact digest once another
 * TaskManager has joined.
 */
public class DistributedJobsIT {

    private static final Pattern ACCUMULATOR = Pattern.compile("(?m)^- (\\S+) \\(java\\.lang\\.Long\\): (-?\\d+)$");
    private static final Pattern SUBMITTED = Pattern.compile("Job has been submitted with JobID ([0-9a-f]{32})");
    /** JOBS.md's digests of J1 wordcount. */
    private static final String WORDCOUNT_1_000_003 = "10000/1000003/c61859297c8b6703/dc562d21ae968724";
    private static final String WORDCOUNT_20_000_000 = "10000/20000000/b683f379a0f498bf/0e861e2450c3355a";
    /** JOBS.md's digest of J3 window at 1,000,003 events. */
    private static final String WINDOW_1_000_003 = "632387/16388403331/001e098754427f96";
    private static final long M61 = (1L << 61) - 1;
    /** The 5 s the heartbeat settings promise, and a second for log flushing and polling (as TaskManagerLossIT). */
    private static final long DETECTION_LIMIT_MS = 6_000;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static String benchmarks() {
        return System.getProperty("riffle.examples.benchmarks");
    }

    @Test
    public void wordCountAtParallelismFourAcrossTwoTaskManagersGivesTheExactDigest() throws Exception {
        try (StandaloneCluster cluster = StandaloneCluster.start(temp, 2, "", List.of(), 2)) {
            RiffleProcess.Result run = RiffleProcess.run("", "run", "-m", cluster.restAddress(), "-p", "4", benchmarks(), "wordcount",
                    "1000003", "4");

            assertEquals(run.out() + run.err() + cluster.errors(), 0, run.exitCode());
            assertEquals(run.out(), WORDCOUNT_1_000_003, wordCountDigest(run.out()));
            // four subtasks of each vertex in four slots, two per TaskManager: both ran tasks, so data crossed processes
            List<String> logs = cluster.taskManagerLogs();
            assertEquals(2, logs.size());
            for (String log : logs) {
                assertTrue(log, log.contains("allocated to job"));
            }
        }
    }

    /** J3: event-time windows whose keys' records cross processes from the sources to the window subtasks. */
    @Test
    public void windowJobAtParallelismFourAcrossTwoTaskManagersGivesTheExactDigest() throws Exception {
        try (StandaloneCluster cluster = StandaloneCluster.start(temp, 2, "", List.of(), 2)) {
            RiffleProcess.Result run = RiffleProcess.run("", "run", "-m", cluster.restAddress(), "-p", "4", benchmarks(), "window",
                    "1000003", "4");

            assertEquals(run.out() + run.err() + cluster.errors(), 0, run.exitCode());
            assertEquals(run.out(), WINDOW_1_000_003, windowDigest(run.out()));
            for (String log : cluster.taskManagerLogs()) {
                assertTrue(log, log.contains("allocated to job"));
            }
        }
    }

    @Test
    public void aTaskManagerKilledMidJobIsNoticedAndTheJobRestartsAndFinishesOnceAnotherJoins() throws Exception {
        String restarts = "restart-strategy.type: fixed-delay\nrestart-strategy.fixed-delay.attempts: 5\n"
                + "restart-strategy.fixed-delay.delay: 500 ms\n";
        try (StandaloneCluster cluster = StandaloneCluster.start(temp, 2, restarts, List.of(), 2)) {
            RiffleProcess.Result submit = RiffleProcess.run("", "run", "-d", "-m", cluster.restAddress(), "-p", "4", benchmarks(),
                    "wordcount", "20000000", "4");
            assertEquals(submit.out() + submit.err(), 0, submit.exitCode());
            Matcher submitted = SUBMITTED.matcher(submit.out());
            assertTrue(submit.out(), submitted.find());
            String jobId = submitted.group(1);
            String victimLog = Poll.until("the second TaskManager to run tasks of the job", () -> cluster.taskManagerLogs().get(1),
                    log -> log.contains("allocated to job " + jobId) && cluster.jobState(jobId).equals("RUNNING"), Poll.TIMEOUT,
                    Duration.ofMillis(50));
            String victim = taskManagerId(victimLog);

            // the JobMaster notices first (a broken data connection, a refused deployment, or heartbeats: whichever comes
            // first) and restarts the job; the ResourceManager's heartbeats drop the TaskManager's slots from the cluster
            long killedAt = System.nanoTime();
            cluster.taskManager(1).kill();
            Poll.until("the job to restart", cluster::jobManagerLog, log -> log.contains("restarting it in"));
            long restartMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            Poll.until("the ResourceManager to drop the lost TaskManager", cluster::jobManagerLog,
                    log -> log.contains("TaskExecutor " + victim + " left the cluster"));
            long releasedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            System.out.println(String.format(Locale.ROOT, "TaskManager %s killed mid-job: the job restarted after %d ms, the "
                    + "ResourceManager released its slots after %d ms", victim, restartMs, releasedMs));
            assertTrue("the job restarted after " + restartMs + " ms", restartMs < DETECTION_LIMIT_MS);
            assertTrue("the slots were released after " + releasedMs + " ms", releasedMs < DETECTION_LIMIT_MS);

            // two slots are left, the job needs four: it waits for a TaskManager to join
            cluster.addTaskManager();
            String state = Poll.until("the restarted job to end", () -> cluster.jobState(jobId),
                    s -> s.equals("FINISHED") || s.equals("FAILED") || s.equals("CANCELED"), Duration.ofMinutes(3), Duration.ofMillis(200));
            assertEquals(cluster.jobManagerLog() + cluster.errors(), "FINISHED", state);
            assertEquals(WORDCOUNT_20_000_000, wordCountDigest(accumulatorLines(cluster.get("/jobs/" + jobId + "/accumulators"))));
        }
    }

    private static String taskManagerId(String log) {
        Matcher id = Pattern.compile("slot (taskmanager-[^/\\s]+)/").matcher(log);
        assertTrue(log, id.find());
        return id.group(1);
    }

    /** The accumulators of {@code GET /jobs/:jobid/accumulators} as the lines 'riffle run' prints. */
    private static String accumulatorLines(String json) {
        Matcher entry = Pattern.compile("\"name\":\"(\\w+)\",\"type\":\"java.lang.Long\",\"value\":\"(-?\\d+)\"").matcher(json);
        StringBuilder lines = new StringBuilder();
        while (entry.find()) {
            lines.append("- ").append(entry.group(1)).append(" (java.lang.Long): ").append(entry.group(2)).append('\n');
        }
        return lines.toString();
    }

    /** JOBS.md's J1 digest, distinct/emitted/final/running with the sums as 16 hex digits, from the accumulators printed. */
    private static String wordCountDigest(String printed) {
        Map<String, Long> values = accumulators(printed, "distinct", "emitted", "final", "running");
        return String.format(Locale.ROOT, "%d/%d/%016x/%016x", values.get("distinct"), values.get("emitted"), values.get("final"),
                values.get("running"));
    }

    /** JOBS.md's J3 digest, windows/valueSum/d: the d counter sums the subtasks' d values, each below 2^61. */
    private static String windowDigest(String printed) {
        Map<String, Long> values = accumulators(printed, "windows", "valueSum", "d");
        return String.format(Locale.ROOT, "%d/%d/%016x", values.get("windows"), values.get("valueSum"),
                Long.remainderUnsigned(values.get("d"), M61));
    }

    private static Map<String, Long> accumulators(String printed, String... names) {
        Map<String, Long> values = new HashMap<>();
        Matcher accumulator = ACCUMULATOR.matcher(printed);
        while (accumulator.find()) {
            values.put(accumulator.group(1), Long.parseLong(accumulator.group(2)));
        }
        assertTrue(printed, values.keySet().containsAll(List.of(names)));
        return values;
    }
}
