package io.riffle.bench.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;

/**
 * A fresh Flink standalone session cluster on localhost, as flink-dist's start-cluster.sh would
 * start it: a JobManager JVM ({@code StandaloneSessionClusterEntrypoint}) and two TaskManager JVMs
 * ({@code TaskManagerRunner}) with {@code ceil(P/2)} slots each, from a config.yaml of its own in a
 * temporary folder (free ports, the memory of {@link StandaloneMemory}, checkpointing off, Flink's
 * defaults otherwise). The JVMs are this JVM's children; {@link #close()} stops them and waits for
 * their end, and a shutdown hook kills them should this JVM be stopped first.
 */
final class StandaloneCluster implements AutoCloseable {

    static final String HOST = "localhost";
    private static final String JOB_MANAGER = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
    private static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
    private static final int TASK_MANAGERS = 2;
    /** Only there to stop a hang: the cluster is up in a few seconds. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /** How long a JVM may take to stop after SIGTERM before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path folder;
    private final int restPort;
    private final List<Process> processes = new ArrayList<>();
    private final Thread killer = new Thread(this::kill, "flink-cluster-killer");

    private StandaloneCluster(Path folder, int restPort) {
        this.folder = folder;
        this.restPort = restPort;
    }

    /** Starts the JVMs and returns once the REST API counts both TaskManagers; on failure, nothing is left running. */
    static StandaloneCluster start(FlinkInstallation flink, int parallelism) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("flink-standalone-");
        Files.createDirectories(folder.resolve("conf"));
        Files.createDirectories(folder.resolve("log"));
        Files.createDirectories(folder.resolve("tmp"));
        int rpcPort = freePort();
        int restPort = freePort();
        Files.writeString(folder.resolve("conf/config.yaml"), configYaml(folder, rpcPort, restPort, (parallelism + 1) / 2));
        StandaloneCluster cluster = new StandaloneCluster(folder, restPort);
        Runtime.getRuntime().addShutdownHook(cluster.killer);
        try {
            Configuration config = GlobalConfiguration.loadConfiguration(folder.resolve("conf").toString());
            cluster.launch(flink, "jobmanager", JOB_MANAGER, StandaloneMemory.jobManager(config));
            for (int index = 1; index <= TASK_MANAGERS; index++) {
                cluster.launch(flink, "taskmanager-" + index, TASK_MANAGER, StandaloneMemory.taskManager(config));
            }
            cluster.awaitTaskManagers();
            return cluster;
        } catch (IOException | RuntimeException | InterruptedException e) {
            String logs = cluster.logs();
            cluster.close();
            throw new IOException("the Flink cluster did not start: " + e.getMessage() + "\n" + logs, e);
        }
    }

    int restPort() {
        return restPort;
    }

    /** The cluster's JVMs (JobManager first), for checks that none outlives {@link #close()}. */
    List<ProcessHandle> processes() {
        return processes.stream().map(Process::toHandle).toList();
    }

    /** The largest resident set (VmHWM) a TaskManager reached, in MiB; read before {@link #close()}. */
    long taskManagerPeakRssMb() throws IOException {
        long peakKb = 0;
        for (Process process : processes.subList(1, processes.size())) {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        }
        return peakKb / 1024;
    }

    /** Everything the JVMs printed (warnings only, at WARN), for a failure's message. */
    String logs() {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(folder.resolve("log"))) {
            for (Path file : files.sorted().toList()) {
                text.append("--- ").append(file.getFileName()).append('\n').append(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            text.append("(cannot read the cluster's logs: ").append(e).append(')');
        }
        return text.toString();
    }

    /** Stops the JVMs (SIGTERM, then SIGKILL after a grace period), waits for their end, removes the folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            // TaskManagers first, as stop-cluster.sh does, so none reports a lost JobManager
            for (int index = processes.size() - 1; index >= 0; index--) {
                stop(processes.get(index));
            }
        } finally {
            kill();
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException e) {
                // this JVM is already shutting down: the hook runs (or ran) kill() itself
            }
            delete(folder);
        }
    }

    private void launch(FlinkInstallation flink, String name, String mainClass, StandaloneMemory.Launch memory) throws IOException {
        List<String> command = new ArrayList<>(List.of(flink.java().toString()));
        command.addAll(memory.jvmOptions());
        command.addAll(FlinkJavaOpts.list());
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", flink.classPath(), mainClass,
                "--configDir", folder.resolve("conf").toString()));
        command.addAll(memory.dynamicProperties());
        Path log = folder.resolve("log/" + name + ".out");
        processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start());
    }

    /** Polls /overview until it counts both TaskManagers; between polls, watches the JobManager for an early death. */
    private void awaitTaskManagers() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Process jobManager = processes.get(0);
        while (!overview().contains("\"taskmanagers\":" + TASK_MANAGERS)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the REST API did not count " + TASK_MANAGERS + " TaskManagers within " + START_TIMEOUT.toSeconds() + " s");
            }
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IOException("a cluster JVM ended with exit code " + process.exitValue() + " while starting");
                }
            }
            try {
                jobManager.onExit().get(100, TimeUnit.MILLISECONDS);
                throw new IOException("the JobManager ended with exit code " + jobManager.exitValue() + " while starting");
            } catch (TimeoutException e) {
                // still running: poll again
            } catch (ExecutionException e) {
                throw new IOException("cannot watch the JobManager", e);
            }
        }
    }

    /** The body of GET /overview, or "" while the REST API does not answer yet. */
    private String overview() {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://" + HOST + ":" + restPort + "/overview").openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try (InputStream body = connection.getInputStream()) {
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return ""; // not listening yet, or not ready (the JobManager answers 503 while it starts)
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** SIGKILL to whatever still runs, and the wait for it: what the shutdown hook does too. */
    private void kill() {
        for (Process process : processes) {
            if (process.isAlive()) {
                try {
                    process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String configYaml(Path folder, int rpcPort, int restPort, int slots) {
        Configuration config = new Configuration();
        StandaloneMemory.addTo(config);
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("jobmanager.rpc.address", HOST);
        keys.put("jobmanager.rpc.port", Integer.toString(rpcPort));
        keys.put("jobmanager.bind-host", HOST);
        keys.put("rest.address", HOST);
        keys.put("rest.bind-address", HOST);
        keys.put("rest.port", Integer.toString(restPort));
        keys.put("taskmanager.host", HOST);
        keys.put("taskmanager.bind-host", HOST);
        keys.put("taskmanager.numberOfTaskSlots", Integer.toString(slots));
        keys.put("io.tmp.dirs", folder.resolve("tmp").toString());
        // the REST API's uploads (the job jar) in the folder too, so that even a killed JobManager leaves nothing behind
        keys.put("web.tmpdir", folder.resolve("tmp").toString());
        keys.putAll(config.toMap());
        StringBuilder yaml = new StringBuilder("# a standalone cluster of bin/compare, one run long; Flink's defaults otherwise"
                + " (checkpointing is off unless a job enables it)\n");
        keys.forEach((key, value) -> yaml.append(key).append(": ").append(value).append('\n'));
        return yaml.toString();
    }

    /** A port nothing listens on now (another process may take it before Flink binds it; then the start fails, loudly). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
