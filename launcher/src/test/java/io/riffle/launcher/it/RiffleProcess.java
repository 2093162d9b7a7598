package io.riffle.launcher.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs riffle.jar in a separate JVM, feeds it standard input, and collects what it printed. */
final class RiffleProcess {

    record Result(int exitCode, String out, String err) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private RiffleProcess() {
    }

    static Result run(String input, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("riffle.jar", "target/riffle.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("riffle-out", ".txt");
        Path err = Files.createTempFile("riffle-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("riffle " + String.join(" ", args) + " did not exit within "
                        + TIMEOUT.toSeconds() + " s; it printed:\n" + Files.readString(out) + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
