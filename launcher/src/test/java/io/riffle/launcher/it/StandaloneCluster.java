package io.riffle.launcher.it;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.rules.TemporaryFolder;

/**
 * A JobManager and TaskManager JVMs sharing one configuration folder, as bin/start-cluster would
 * start them: the REST address is read from the JobManager's log, and each TaskManager is waited
 * for until the ResourceManager has its slots.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Pattern REST = Pattern.compile("REST API at http://([^:\\s]+):(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\":\"(\\w+)\"");

    private final TemporaryFolder temp;
    private final Path conf;
    private final List<String> taskManagerJvmOptions;
    private final RunningRiffle jobManager;
    private final List<RunningRiffle> taskManagers = new ArrayList<>();
    private final String restAddress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private StandaloneCluster(TemporaryFolder temp, Path conf, List<String> taskManagerJvmOptions) throws IOException {
        this.temp = temp;
        this.conf = conf;
        this.taskManagerJvmOptions = List.copyOf(taskManagerJvmOptions);
        this.jobManager = RunningRiffle.start(temp.getRoot().toPath(), "jobmanager", "--conf", conf.toString());
        String log = Poll.until("the JobManager to log its REST address", () -> ClusterFolder.log(temp, "riffle-jobmanager-"),
                text -> REST.matcher(text).find() || !jobManager.isAlive());
        Matcher rest = REST.matcher(log);
        assertTrue(log + jobManager.err(), rest.find());
        this.restAddress = "localhost:" + rest.group(2);
    }

    /**
     * @param yaml riffle.yaml lines beyond {@link ClusterFolder}'s
     * @param taskManagerJvmOptions options of every TaskManager JVM, e.g. a small heap
     */
    static StandaloneCluster start(TemporaryFolder temp, int slotsPerTaskManager, String yaml, List<String> taskManagerJvmOptions,
            int taskManagers) throws IOException {
        StandaloneCluster cluster = new StandaloneCluster(temp,
                ClusterFolder.conf(temp, ClusterFolder.freePort(), slotsPerTaskManager, yaml), taskManagerJvmOptions);
        try {
            for (int i = 0; i < taskManagers; i++) {
                cluster.addTaskManager();
            }
        } catch (IOException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Starts one more TaskManager and returns once the ResourceManager has registered it. */
    RunningRiffle addTaskManager() throws IOException {
        int registeredBefore = registrations();
        RunningRiffle taskManager = RunningRiffle.startWithJvmOptions(temp.getRoot().toPath(), taskManagerJvmOptions, "taskmanager",
                "--conf", conf.toString());
        taskManagers.add(taskManager);
        Poll.until("TaskManager " + taskManagers.size() + " to register", this::registrations,
                count -> count > registeredBefore || !taskManager.isAlive());
        assertTrue(taskManager.err(), taskManager.isAlive());
        return taskManager;
    }

    private int registrations() {
        String log = jobManagerLog();
        int count = 0;
        for (int at = log.indexOf(" registered with "); at >= 0; at = log.indexOf(" registered with ", at + 1)) {
            count++;
        }
        return count;
    }

    RunningRiffle taskManager(int index) {
        return taskManagers.get(index);
    }

    String restAddress() {
        return restAddress;
    }

    String jobManagerLog() {
        return ClusterFolder.log(temp, "riffle-jobmanager-");
    }

    /** The TaskManagers' logs, in the order of their log files' names (which number them). */
    List<String> taskManagerLogs() {
        return ClusterFolder.logs(temp, "riffle-taskmanager-");
    }

    /** The job's state as {@code GET /jobs/:jobid} says it. */
    String jobState(String jobId) {
        String body = get("/jobs/" + jobId);
        Matcher state = STATE.matcher(body);
        return state.find() ? state.group(1) : body;
    }

    String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://" + restAddress + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    String errors() {
        StringBuilder errors = new StringBuilder(jobManager.err());
        taskManagers.forEach(tm -> errors.append(tm.err()));
        return errors.toString();
    }

    @Override
    public void close() {
        taskManagers.forEach(RunningRiffle::close);
        jobManager.close();
    }
}
