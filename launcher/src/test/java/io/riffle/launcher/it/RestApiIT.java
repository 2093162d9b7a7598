package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The JobManager's REST API as separate JVMs serve it: the overview counts a registered
 * TaskManager's slots, /taskmanagers shows the managed memory riffle.yaml gave it, and 'riffle list'
 * reads the jobs from it or says in one line that it cannot.
 */
public class RestApiIT {

    private static final Pattern REST = Pattern.compile("REST API at http://([^:\\s]+):(\\d+)");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void overviewShowsTheTaskManagerAndListShowsNoJobs() throws Exception {
        Path conf = conf(ClusterFolder.freePort());
        RunningRiffle jobManager = null;
        RunningRiffle taskManager = null;
        try {
            jobManager = RunningRiffle.start(temp.getRoot().toPath(), "jobmanager", "--conf", conf.toString());
            RunningRiffle jm = jobManager;
            String jmLog = Poll.until("the JobManager to log its REST address", () -> log("riffle-jobmanager-"),
                    text -> REST.matcher(text).find() || !jm.isAlive());
            Matcher rest = REST.matcher(jmLog);
            assertTrue(jmLog + jm.err(), rest.find());
            String base = "http://localhost:" + rest.group(2);

            taskManager = RunningRiffle.start(temp.getRoot().toPath(), "taskmanager", "--conf", conf.toString());
            RunningRiffle tm = taskManager;
            String overview = Poll.until("the overview to count the TaskManager's 2 slots", () -> get(base + "/overview"),
                    json -> json.contains("\"taskmanagers\":1,\"slots-total\":2,") || !tm.isAlive() || !jm.isAlive());
            assertTrue(overview, overview.contains("\"taskmanagers\":1,\"slots-total\":2,\"slots-available\":2,\"jobs-running\":0"));
            String taskManagers = get(base + "/taskmanagers");
            assertTrue(taskManagers, taskManagers.contains("\"slotsNumber\":2,\"freeSlots\":2,"));
            // the TaskManager's own setting, through its registration: MiB in the resource profile, bytes in the memory configuration
            assertTrue(taskManagers, taskManagers.contains("\"totalResource\":{\"managedMemory\":96},"
                    + "\"memoryConfiguration\":{\"managedMemory\":100663296}"));

            RiffleProcess.Result list = RiffleProcess.run("", "list", "-m", "localhost:" + rest.group(2));
            assertEquals(list.out() + list.err(), 0, list.exitCode());
            assertTrue(list.out(), list.out().contains("No running jobs."));
        } finally {
            if (taskManager != null) {
                taskManager.close();
            }
            if (jobManager != null) {
                jobManager.close();
            }
        }
    }

    @Test
    public void listAgainstNoJobManagerIsOneLineAndExitCode1() throws Exception {
        int port = ClusterFolder.freePort();
        RiffleProcess.Result list = RiffleProcess.run("", "list", "-m", "localhost:" + port);
        assertEquals(1, list.exitCode());
        assertEquals("riffle list: cannot reach the JobManager at http://localhost:" + port + ": Connection refused", list.err().strip());
        assertFalse(list.err(), list.err().contains("\tat "));
    }

    private static String get(String uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path conf(int rpcPort) throws IOException {
        return ClusterFolder.conf(temp, rpcPort, 2, "taskmanager.memory.managed.size: 96m\n");
    }

    private String log(String prefix) {
        return ClusterFolder.log(temp, prefix);
    }
}
