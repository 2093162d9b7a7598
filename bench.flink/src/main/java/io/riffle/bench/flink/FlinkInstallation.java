package io.riffle.bench.flink;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * What a standalone Flink cluster is started from: a {@code java}, Flink's jars (the cluster's class
 * path, as flink-dist's lib/ would be: flink-runtime with both entry points, flink-rpc-akka-loader,
 * slf4j-simple, ...), and the job jar that the client uploads (bench.flink's jar, whose classes are
 * never on the cluster's class path).
 */
record FlinkInstallation(Path java, List<Path> flinkClassPath, Path jobJar) {

    FlinkInstallation {
        flinkClassPath = List.copyOf(flinkClassPath);
    }

    /**
     * From this JVM: its class path minus this module's classes is Flink's. Run from bench.flink's jar
     * (bin/compare), that jar is the job jar; run from a classes folder (the tests), a jar of that
     * folder is made in {@code scratch}.
     */
    static FlinkInstallation ofThisJvm(Path scratch) throws IOException {
        Path own;
        try {
            own = Path.of(FlinkInstallation.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate bench.flink's classes", e);
        }
        List<Path> flink = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            // folders are this module's (test) classes; Flink and its dependencies are all jars
            if (!entry.isEmpty() && !path.equals(own) && Files.isRegularFile(path)) {
                flink.add(path);
            }
        }
        Path jobJar = Files.isDirectory(own) ? jarOf(own, scratch.resolve("bench.flink-job.jar")) : own;
        return new FlinkInstallation(Path.of(System.getProperty("java.home"), "bin", "java"), flink, jobJar);
    }

    String classPath() {
        return String.join(File.pathSeparator, flinkClassPath.stream().map(Path::toString).toList());
    }

    private static Path jarOf(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
