package io.riffle.launcher.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A riffle.jar process that runs until stopped (a JobManager, a TaskManager), with what it prints
 * kept in files. {@link #close()} kills it if it still runs, so tests call it in {@code finally}.
 */
final class RunningRiffle implements AutoCloseable {

    /** Only stops a hang: a JVM stops within a second or two of SIGTERM. */
    static final long STOP_TIMEOUT_SECONDS = 30;

    private final Process process;
    private final Path out;
    private final Path err;

    private RunningRiffle(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static RunningRiffle start(Path folder, String... args) throws IOException {
        return startWithJvmOptions(folder, List.of(), args);
    }

    /** A process whose JVM gets {@code jvmOptions} (e.g. a small heap). */
    static RunningRiffle startWithJvmOptions(Path folder, List<String> jvmOptions, String... args) throws IOException {
        RunningRiffle riffle = launch(folder, jvmOptions, args);
        riffle.process.getOutputStream().close();
        return riffle;
    }

    /** A process whose standard input stays open for {@link #type}: e.g. one started with {@code --shell}. */
    static RunningRiffle startWithInput(Path folder, String... args) throws IOException {
        return launch(folder, List.of(), args);
    }

    private static RunningRiffle launch(Path folder, List<String> jvmOptions, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("riffle.jar", "target/riffle.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "riffle-out", ".txt");
        Path err = Files.createTempFile(folder, "riffle-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new RunningRiffle(process, out, err);
    }

    /** Sends a line to the process's standard input, as if typed into its shell. */
    void type(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM, as Ctrl-C or bin/stop-cluster would, and waits for the process to exit. */
    boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits for the process to exit by itself, e.g. after 'exit 0' in its shell. */
    boolean waitFor() throws InterruptedException {
        return process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The JVM's process id (the process is the JVM itself: no wrapper shell). */
    long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM dies at once, with no shutdown hooks and no goodbye to its peers. */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
