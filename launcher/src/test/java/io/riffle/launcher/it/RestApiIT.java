package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The JobManager's REST API as separate JVMs serve it: the overview counts a registered
 * TaskManager's slots, and 'riffle list' reads the jobs from it or says in one line that it cannot.
 */
public class RestApiIT {

    private static final Pattern REST = Pattern.compile("REST API at http://([^:\\s]+):(\\d+)");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void overviewShowsTheTaskManagerAndListShowsNoJobs() throws Exception {
        Path conf = conf(freePort());
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
            assertTrue(get(base + "/taskmanagers"), get(base + "/taskmanagers").contains("\"slotsNumber\":2,\"freeSlots\":2"));

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
        int port = freePort();
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One configuration for both processes: logs in the test's folder, a known RPC port, a free REST port, 2 slots. */
    private Path conf(int rpcPort) throws IOException {
        Path conf = temp.newFolder("conf").toPath();
        Files.writeString(conf.resolve("riffle.yaml"), "log.dir: " + temp.getRoot().toPath().resolve("log") + "\n"
                + "jobmanager.rpc.address: localhost\njobmanager.rpc.port: " + rpcPort + "\n"
                + "taskmanager.numberOfTaskSlots: 2\nrest.port: 0\n");
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
