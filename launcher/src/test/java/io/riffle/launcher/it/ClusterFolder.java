package io.riffle.launcher.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.rules.TemporaryFolder;

/**
 * The folder a test's JobManager and TaskManager processes share: one configuration (logs in the
 * test's folder, a known RPC port, a free REST port, 2 slots, default heartbeats) and their logs.
 */
final class ClusterFolder {

    private ClusterFolder() {
    }

    /** A port free a moment ago, for the JobManager's RPC endpoint, which the TaskManager must know in advance. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Path conf(TemporaryFolder temp, int rpcPort) throws IOException {
        return conf(temp, rpcPort, 2, "");
    }

    /** @param more riffle.yaml lines with keys the lines above do not set */
    static Path conf(TemporaryFolder temp, int rpcPort, int slots, String more) throws IOException {
        Path conf = temp.newFolder("conf").toPath();
        Files.writeString(conf.resolve("riffle.yaml"), "log.dir: " + temp.getRoot().toPath().resolve("log") + "\n"
                + "jobmanager.rpc.address: localhost\njobmanager.rpc.port: " + rpcPort + "\n"
                + "taskmanager.numberOfTaskSlots: " + slots + "\nrest.port: 0\n" + more);
        return conf;
    }

    /** The logs of all processes whose log file starts with {@code prefix}, in file name order. */
    static List<String> logs(TemporaryFolder temp, String prefix) {
        Path folder = temp.getRoot().toPath().resolve("log");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".log")).sorted()
                    .map(RunningRiffle::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log of the first process whose log file starts with {@code prefix}, or "" while there is none. */
    static String log(TemporaryFolder temp, String prefix) {
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
