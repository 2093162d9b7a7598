package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * bin/start-cluster and bin/stop-cluster with a configuration folder of the test's own: one
 * JobManager and a TaskManager per line of conf/workers as background JVMs, stopped by SIGTERM.
 */
public class ClusterScriptsIT {

    private static final long SCRIPT_TIMEOUT_SECONDS = 60;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void startClusterStartsAJobManagerAndOneTaskManagerPerWorkerAndStopClusterStopsThem() throws Exception {
        Path conf = temp.newFolder("conf").toPath();
        Path log = temp.getRoot().toPath().resolve("log");
        Files.writeString(conf.resolve("riffle.yaml"), "log.dir: " + log + "\n");
        Files.writeString(conf.resolve("masters"), "localhost:0\n");
        Files.writeString(conf.resolve("workers"), "# two TaskManagers here\nlocalhost\nlocalhost\n");
        try {
            // JVM options that print to standard output must not disturb the scripts
            Script start = script("start-cluster", conf, "-Xlog:gc:stdout");
            assertEquals(start.output(), 0, start.exitCode());
            List<Long> jobManager = pids(log.resolve("riffle-jobmanager.pid"));
            List<Long> taskManagers = pids(log.resolve("riffle-taskmanager.pid"));
            assertEquals(1, jobManager.size());
            assertEquals(2, taskManagers.size());
            Poll.until("three log files saying 'is up'", () -> countLogsSaying(log, " is up: "), count -> count == 3);

            Script stop = script("stop-cluster", conf, "-Xlog:gc:stdout");
            assertEquals(stop.output(), 0, stop.exitCode());
            for (long pid : List.of(jobManager.get(0), taskManagers.get(0), taskManagers.get(1))) {
                assertFalse("process " + pid + " stopped", runs(pid));
            }
            assertFalse(Files.exists(log.resolve("riffle-jobmanager.pid")));
            assertTrue(RunningRiffle.read(logFile(log, "riffle-jobmanager-").orElseThrow()).contains("stopping"));
        } finally {
            for (String pidFile : List.of("riffle-jobmanager.pid", "riffle-taskmanager.pid")) {
                pids(log.resolve(pidFile)).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            }
        }
    }

    @Test
    public void startClusterRefusesAWorkerOtherThanLocalhost() throws Exception {
        Path conf = temp.newFolder("conf").toPath();
        Files.writeString(conf.resolve("riffle.yaml"), "log.dir: " + temp.getRoot().toPath().resolve("log") + "\n");
        Files.writeString(conf.resolve("masters"), "localhost\n");
        Files.writeString(conf.resolve("workers"), "localhost\nworker-7.example\n");

        Script start = script("start-cluster", conf, "");

        assertEquals(1, start.exitCode());
        assertTrue(start.output(), start.output().contains("workers line 2: host 'worker-7.example' is not supported yet, only localhost"));
        assertFalse("nothing started", Files.exists(temp.getRoot().toPath().resolve("log/riffle-jobmanager.pid")));
    }

    private record Script(int exitCode, String output) {
    }

    private Script script(String name, Path conf, String javaOptions) throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("riffle.bin.dir", "../bin"));
        Path output = Files.createTempFile(temp.getRoot().toPath(), name, ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", bin.resolve(name).toString()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("RIFFLE_CONF_DIR", conf.toString());
        builder.environment().put("RIFFLE_JAR", Path.of(System.getProperty("riffle.jar", "target/riffle.jar")).toAbsolutePath().toString());
        builder.environment().put("RIFFLE_STOP_GRACE_SECONDS", "20");
        builder.environment().put("RIFFLE_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        try {
            if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " did not finish within " + SCRIPT_TIMEOUT_SECONDS + " s: " + RunningRiffle.read(output));
            }
            return new Script(process.exitValue(), RunningRiffle.read(output));
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Whether the process runs. A process that exited but was not reaped yet (a zombie: the
     * scripts' background JVMs belong to no parent that waits for them) does not.
     */
    private static boolean runs(long pid) {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException gone) {
            return false;
        }
    }

    private static List<Long> pids(Path pidFile) {
        return RunningRiffle.read(pidFile).lines().filter(line -> !line.isBlank()).map(line -> Long.valueOf(line.strip())).toList();
    }

    private static long countLogsSaying(Path folder, String text) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".log")).filter(f -> RunningRiffle.read(f).contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> logFile(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".log")).findFirst();
        }
    }
}
