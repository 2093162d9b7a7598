package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * 'riffle jobmanager' and 'riffle taskmanager' as separate JVMs configured by a riffle.yaml of the
 * test's own: they start, say so in their log file, and stop on SIGTERM; a configuration they
 * refuse stops them at once with one line and exit code 2.
 */
public class ClusterRolesIT {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aJobManagerStartsLogsThatItIsUpAndStopsOnSigterm() throws Exception {
        Path conf = conf("resourcemanager.provider.type: standalone\nrest.port: 0\njobmanager.rpc.port: 0\n");
        try (RunningRiffle jobManager = RunningRiffle.start(temp.getRoot().toPath(), "jobmanager", "--conf", conf.toString())) {
            String log = Poll.until("the JobManager's log to say it is up", () -> log("riffle-jobmanager-"),
                    text -> text.contains("JobManager is up") || !jobManager.isAlive());
            assertTrue(log + jobManager.err(), log.contains("JobManager is up: "));
            assertTrue(log, log.contains("configuration io.riffle.resourcemanager {provider.type=standalone}"));
            assertTrue(log, log.contains("ResourceManager started; it uses the resource provider of type 'standalone'"));
            assertTrue(log, log.contains("(config: "));
            Poll.until("the 'is up' line on standard output", jobManager::out, out -> out.contains("JobManager is up: "));
            assertEquals("start-up errors only go to standard error", "", jobManager.err());

            assertTrue("the JobManager exits on SIGTERM", jobManager.stop());
            assertTrue(log("riffle-jobmanager-"), log("riffle-jobmanager-").contains("stopping"));
        }
    }

    @Test
    public void aTaskManagerStartsWithItsTaskExecutorConfiguredAndRegistersWithTheResourceManager() throws Exception {
        int noJobManager;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            noJobManager = socket.getLocalPort();
        }
        Path conf = conf("taskmanager:\n  numberOfTaskSlots: 3\njobmanager.rpc.port: " + noJobManager + "\n");
        try (RunningRiffle taskManager = RunningRiffle.start(temp.getRoot().toPath(), "taskmanager", "--conf", conf.toString(),
                "-D", "taskmanager.memory.network.size=32m", "-D", "taskmanager.host=127.0.0.2")) {
            String log = Poll.until("the TaskManager's log to say it is up", () -> log("riffle-taskmanager-"),
                    text -> text.contains("TaskManager is up") || !taskManager.isAlive());
            assertTrue(log + taskManager.err(), log.contains("TaskManager is up: "));
            assertTrue(log, log.matches("(?s).*configuration io\\.riffle\\.taskexecutor~taskmanager-\\S+-0 \\{data\\.port=0, "
                    + "managed\\.memory=128m, network\\.buffers\\.per\\.channel=4, network\\.floating\\.buffers\\.per\\.gate=16, "
                    + "network\\.memory=32m, network\\.segment\\.size=32k, resource\\.id=taskmanager-\\S+-0, slots=3}.*"));
            // taskmanager.host: both the data server and the RPC service bind it
            String served = Poll.until("the TaskManager's data server to listen", () -> log("riffle-taskmanager-"),
                    text -> text.contains("data server listens on /127.0.0.2:") || !taskManager.isAlive());
            assertTrue("the TaskManager serves its partitions to other TaskManagers: " + served,
                    served.contains("data server listens on /127.0.0.2:"));
            assertTrue(served, served.contains("RPC service of the taskmanager listens on /127.0.0.2:"));
            assertTrue(log, log.contains("with 3 slot(s), 32m network memory in 32k buffers, 128m managed memory"));
            assertTrue(log, log.contains("registering with the ResourceManager"));
            assertTrue(log, log.contains("registers with the ResourceManager of the JobManager at localhost:" + noJobManager));

            assertTrue("the TaskManager exits on SIGTERM", taskManager.stop());
        }
    }

    @Test
    public void aMistypedKeyStopsStartUpWithOneLineAndExitCodeTwo() throws Exception {
        Path conf = conf("jobmanager.rpc.port: 6123\ntaskmanager.numberOfTaskSlot: 2\n");
        RiffleProcess.Result result = RiffleProcess.run("", "taskmanager", "--conf", conf.toString());

        assertEquals(result.err(), 2, result.exitCode());
        assertTrue(result.err(), result.err().matches("riffle taskmanager: unknown configuration key 'taskmanager\\.numberOfTaskSlot' "
                + "in \\S*riffle\\.yaml line 3; did you mean 'taskmanager\\.numberOfTaskSlots'\\?\\R"));
        assertEquals("", result.out());
        assertFalse("no log file for a process that never started", Files.exists(temp.getRoot().toPath().resolve("log")));
    }

    @Test
    public void aValueOfTheWrongTypeStopsStartUpWithOneLineAndExitCodeTwo() throws Exception {
        Path conf = conf("heartbeat:\n  timeout: soon\n");
        RiffleProcess.Result result = RiffleProcess.run("", "jobmanager", "--conf", conf.toString());

        assertEquals(result.err(), 2, result.exitCode());
        assertTrue(result.err(), result.err().matches("riffle jobmanager: configuration key 'heartbeat\\.timeout' in \\S*riffle\\.yaml "
                + "line 3: 'soon' is not a duration \\(a number with ms, s, min or h, e\\.g\\. 5 s\\)\\R"));
    }

    @Test
    public void theConfigVerbPrintsEffectiveValuesWithOverrides() throws Exception {
        Path conf = conf("rest.port: 9000\n");
        RiffleProcess.Result result = RiffleProcess.run("", "config", "--conf", conf.toString(), "-D", "parallelism.default=4",
                "rest.port", "parallelism.default", "heartbeat.timeout");

        assertEquals(result.err(), 0, result.exitCode());
        assertEquals(String.join(System.lineSeparator(), "9000", "4", "5 s", ""), result.out());
    }

    /** A configuration folder whose riffle.yaml logs into the test's folder (line 1) and holds these lines too. */
    private Path conf(String yaml) throws IOException {
        Path conf = temp.newFolder("conf").toPath();
        Files.writeString(conf.resolve("riffle.yaml"), "log.dir: " + temp.getRoot().toPath().resolve("log") + "\n" + yaml);
        return conf;
    }

    private String log(String prefix) {
        Path folder = temp.getRoot().toPath().resolve("log");
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".log"))
                    .map(RunningRiffle::read).findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
