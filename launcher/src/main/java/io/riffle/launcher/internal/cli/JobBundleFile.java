package io.riffle.launcher.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** The cheap checks of a job bundle before it is uploaded: it exists and is a ZIP (JAR) file. */
final class JobBundleFile {

    private JobBundleFile() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the file */
    static Path check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("job bundle " + file + " does not exist or is no file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("META-INF/MANIFEST.MF") == null) {
                throw new IllegalArgumentException("job bundle " + file + " has no META-INF/MANIFEST.MF, so it is no bundle");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("job bundle " + file + " is not a JAR file: " + e.getMessage(), e);
        }
        return file;
    }
}
