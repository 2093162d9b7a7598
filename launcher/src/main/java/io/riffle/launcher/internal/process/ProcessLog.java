package io.riffle.launcher.internal.process;

import io.riffle.launcher.internal.config.Role;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The log file of one process: {@code riffle-jobmanager-<host>.log}, or
 * {@code riffle-taskmanager-<host>-<n>.log} with the lowest {@code n} that no running TaskManager
 * holds. A process holds a lock on its file while it runs, so two processes never share one.
 *
 * <p>The process's standard error (and output, without a shell) is redirected into the file, so
 * that it holds everything: the SLF4J log (slf4j-simple writes to {@code System.err}), the
 * framework's own messages and any stray stack trace. The file is appended to, so a restarted
 * process keeps the log of the one before.
 */
public final class ProcessLog {

    private static final int MAX_TASK_MANAGERS_PER_HOST = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Path file;
    private final int index;
    private final PrintStream stream;

    private ProcessLog(Path file, int index, FileChannel channel) {
        this.file = file;
        this.index = index;
        this.stream = new PrintStream(Channels.newOutputStream(channel), true, StandardCharsets.UTF_8);
    }

    /**
     * Opens the log file of a process of this role on this host, creating the folder if needed.
     *
     * @throws IOException if the folder cannot be written, or (for a JobManager) another process
     *         holds the file
     */
    public static ProcessLog open(Path folder, Role role, String host) throws IOException {
        Files.createDirectories(folder);
        if (role == Role.JOBMANAGER) {
            Path file = folder.resolve("riffle-jobmanager-" + host + ".log");
            ProcessLog log = tryOpen(file, 0);
            if (log == null) {
                throw new IOException("another JobManager on this host writes to " + file);
            }
            return log;
        }
        for (int n = 0; n < MAX_TASK_MANAGERS_PER_HOST; n++) {
            ProcessLog log = tryOpen(folder.resolve("riffle-taskmanager-" + host + "-" + n + ".log"), n);
            if (log != null) {
                return log;
            }
        }
        throw new IOException("all " + MAX_TASK_MANAGERS_PER_HOST + " TaskManager log files in " + folder + " are in use");
    }

    private static ProcessLog tryOpen(Path file, int index) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldByThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        // the lock lives as long as the channel, which stays open until the JVM exits
        return new ProcessLog(file, index, channel);
    }

    public Path file() {
        return file;
    }

    /** The {@code n} of a TaskManager's log file; 0 for a JobManager. */
    public int index() {
        return index;
    }

    /** Writes a line of the launcher's own, formatted like those of slf4j-simple around it. */
    public void info(String message) {
        line("INFO", message);
    }

    public void error(String message) {
        line("ERROR", message);
    }

    private void line(String level, String message) {
        stream.println(LocalDateTime.now().format(TIME) + " [" + Thread.currentThread().getName() + "] " + level
                + " io.riffle.launcher - " + message);
    }

    /** From now on, standard error (and standard output, unless a shell needs it) goes to the file. */
    public void redirect(boolean standardOutputToo) {
        System.setErr(stream);
        if (standardOutputToo) {
            System.setOut(stream);
        }
    }
}
