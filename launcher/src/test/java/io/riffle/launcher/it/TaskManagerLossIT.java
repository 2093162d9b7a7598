package io.riffle.launcher.it;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A TaskManager JVM that dies or hangs is noticed by the JobManager's ResourceManager through
 * heartbeats (default settings: 1 s interval, 5 s timeout) within 5 s, and its slots leave the cluster.
 * The time is measured from the kill to the line's appearance in the JobManager's log, polled every
 * 10 ms, so it includes log flushing: hence 6 s, a little slack over the 5 s the settings promise.
 */
public class TaskManagerLossIT {

    private static final Pattern REGISTERED = Pattern.compile("TaskExecutor taskmanager-\\S+-0 registered with 2 slots");
    private static final Pattern LEFT = Pattern.compile(
            "TaskExecutor taskmanager-\\S+-0 left the cluster: heartbeat of taskmanager-\\S+-0 (timed out|failed)[^\\n]*; the cluster has 0 slots");
    private static final long DETECTION_LIMIT_MS = 6_000;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aTaskManagerKilledWithSigkillLeavesTheClusterWithinFiveSeconds() throws Exception {
        long detectionMs = loseTaskManager(RunningRiffle::kill);
        System.out.println("TaskManager killed with SIGKILL: the ResourceManager noticed after " + detectionMs + " ms");
    }

    /** A frozen JVM keeps its connections open and answers nothing: only the heartbeat timeout finds it. */
    @Test
    public void aFrozenTaskManagerTimesOutWithinFiveSeconds() throws Exception {
        long detectionMs = loseTaskManager(tm -> signal("STOP", tm.pid()));
        System.out.println("TaskManager stopped with SIGSTOP: the ResourceManager noticed after " + detectionMs + " ms");
        assertTrue("a frozen TaskManager is found by the timeout, not before: " + detectionMs + " ms", detectionMs >= 3_000);
    }

    private interface Loss {
        void inflict(RunningRiffle taskManager) throws Exception;
    }

    /** Starts a cluster, inflicts the loss on the TaskManager, and returns how long until the JobManager logs it. */
    private long loseTaskManager(Loss loss) throws Exception {
        Path conf = conf(ClusterFolder.freePort());
        RunningRiffle jobManager = null;
        RunningRiffle taskManager = null;
        try {
            jobManager = RunningRiffle.start(temp.getRoot().toPath(), "jobmanager", "--conf", conf.toString());
            taskManager = RunningRiffle.start(temp.getRoot().toPath(), "taskmanager", "--conf", conf.toString());
            RunningRiffle jm = jobManager;
            RunningRiffle tm = taskManager;
            String registered = Poll.until("the ResourceManager to log the TaskManager's registration", () -> log("riffle-jobmanager-"),
                    text -> REGISTERED.matcher(text).find() || !jm.isAlive() || !tm.isAlive());
            assertTrue(registered + log("riffle-taskmanager-") + jm.err() + tm.err(), REGISTERED.matcher(registered).find());

            long lostAt = System.nanoTime();
            loss.inflict(taskManager);
            String left = Poll.until("the ResourceManager to log that the TaskManager left", () -> log("riffle-jobmanager-"),
                    text -> LEFT.matcher(text).find() || !jm.isAlive());
            long detectionMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lostAt);
            Matcher line = LEFT.matcher(left);
            assertTrue(left + jm.err(), line.find());
            assertTrue("noticed after " + detectionMs + " ms: " + line.group(), detectionMs < DETECTION_LIMIT_MS);
            return detectionMs;
        } finally {
            if (taskManager != null) {
                taskManager.kill(); // also ends a stopped JVM
            }
            if (jobManager != null) {
                jobManager.close();
            }
        }
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertTrue("kill -" + signal + " " + pid + " did not end", kill.waitFor(30, TimeUnit.SECONDS));
        assertTrue("kill -" + signal + " " + pid + " failed", kill.exitValue() == 0);
    }

    private Path conf(int rpcPort) throws IOException {
        return ClusterFolder.conf(temp, rpcPort);
    }

    private String log(String prefix) {
        return ClusterFolder.log(temp, prefix);
    }
}
