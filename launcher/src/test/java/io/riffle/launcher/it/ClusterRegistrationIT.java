package io.riffle.launcher.it;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * 'riffle jobmanager' and 'riffle taskmanager' as separate JVMs: the TaskManager registers its
 * slots with the JobManager's ResourceManager over RPC, whichever of the two starts first.
 */
public class ClusterRegistrationIT {

    private static final Pattern REGISTERED = Pattern.compile("TaskExecutor taskmanager-\\S+-0 registered with 2 slots");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aTaskManagerRegistersItsSlotsWithTheJobManager() throws Exception {
        Path conf = conf(ClusterFolder.freePort());
        RunningRiffle jobManager = null;
        RunningRiffle taskManager = null;
        try {
            jobManager = RunningRiffle.start(temp.getRoot().toPath(), "jobmanager", "--conf", conf.toString());
            RunningRiffle jm = jobManager;
            String jmLog = Poll.until("the JobManager to be up", () -> log("riffle-jobmanager-"),
                    text -> text.contains("JobManager is up") || !jm.isAlive());
            assertTrue(jmLog + jm.err(), jmLog.contains("the ResourceManager is served over RPC at localhost:"));

            taskManager = RunningRiffle.start(temp.getRoot().toPath(), "taskmanager", "--conf", conf.toString());
            RunningRiffle tm = taskManager;
            String registered = Poll.until("the ResourceManager to log the TaskManager's registration", () -> log("riffle-jobmanager-"),
                    text -> REGISTERED.matcher(text).find() || !jm.isAlive() || !tm.isAlive());
            assertTrue(registered + log("riffle-taskmanager-") + tm.err(), REGISTERED.matcher(registered).find());
            String tmLog = Poll.until("the TaskManager to log its registration", () -> log("riffle-taskmanager-"),
                    text -> text.contains("registered with the ResourceManager at "));
            assertTrue(tmLog, tmLog.contains("registering with the ResourceManager"));
            assertTrue("a TaskManager process serves its partitions to other TaskManagers: " + tmLog,
                    tmLog.contains("data server listens on /127.0.0.1:"));
        } finally {
            destroy(taskManager);
            destroy(jobManager);
        }
    }

    @Test
    public void aTaskManagerStartedFirstRetriesUntilTheJobManagerIsUp() throws Exception {
        Path conf = conf(ClusterFolder.freePort());
        RunningRiffle jobManager = null;
        RunningRiffle taskManager = null;
        try {
            taskManager = RunningRiffle.start(temp.getRoot().toPath(), "taskmanager", "--conf", conf.toString());
            RunningRiffle tm = taskManager;
            String tmLog = Poll.until("the TaskManager to fail registering and retry", () -> log("riffle-taskmanager-"),
                    text -> text.contains("retrying in 200 ms") || !tm.isAlive());
            assertTrue(tmLog + tm.err(), tmLog.contains("could not register with the ResourceManager at rpc://localhost:"));

            jobManager = RunningRiffle.start(temp.getRoot().toPath(), "jobmanager", "--conf", conf.toString());
            RunningRiffle jm = jobManager;
            String registered = Poll.until("the ResourceManager to log the TaskManager's registration", () -> log("riffle-jobmanager-"),
                    text -> REGISTERED.matcher(text).find() || !jm.isAlive() || !tm.isAlive());
            assertTrue(registered + log("riffle-taskmanager-") + jm.err(), REGISTERED.matcher(registered).find());
        } finally {
            destroy(taskManager);
            destroy(jobManager);
        }
    }

    private static void destroy(RunningRiffle process) {
        if (process != null) {
            process.close();
        }
    }

    private Path conf(int rpcPort) throws IOException {
        return ClusterFolder.conf(temp, rpcPort);
    }

    private String log(String prefix) {
        return ClusterFolder.log(temp, prefix);
    }
}
