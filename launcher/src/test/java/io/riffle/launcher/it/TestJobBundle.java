package io.riffle.launcher.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/** Packs a test's job class, with its nested classes, into a job bundle as bnd would for a job project. */
final class TestJobBundle {

    private TestJobBundle() {
    }

    /** @param imports the packages of runtime.api the job's classes use */
    static Path build(Path jar, Class<?> mainClass, List<String> imports) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", mainClass.getName().toLowerCase(java.util.Locale.ROOT));
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", String.join(",", imports));
        main.put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        Path classes = classFolder(mainClass);
        String simpleName = mainClass.getSimpleName();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(simpleName + ".class")
                    || f.getFileName().toString().startsWith(simpleName + "$")).toList()) {
                String entry = mainClass.getPackageName().replace('.', '/') + "/" + file.getFileName();
                out.putNextEntry(new ZipEntry(entry));
                copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path classFolder(Class<?> type) throws IOException {
        try {
            return Path.of(type.getResource(type.getSimpleName() + ".class").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copy(Path file, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }
}
