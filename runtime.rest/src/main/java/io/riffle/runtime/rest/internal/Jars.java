package io.riffle.runtime.rest.internal;

import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;

/**
 * The job bundles uploaded through the REST API, by jar id (Flink's {@code <uuid>_<file name>}),
 * kept in the blob store. Bounded: at most {@value #MAX_JARS} at once. An upload is checked before
 * it is stored, so a corrupt file or a JAR that is no bundle leaves nothing behind. Thread-safe.
 */
final class Jars {

    static final int MAX_JARS = 100;

    /** One uploaded bundle; {@code mainClass} is null when its manifest names none. */
    record Jar(String id, String name, long uploaded, BlobKey key, String mainClass) {
    }

    private final BlobStore blobs;
    private final long maxBytes;
    private final Map<String, Jar> jars = new LinkedHashMap<>();

    Jars(BlobStore blobs, long maxBytes) {
        this.blobs = blobs;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks and stores an uploaded file.
     *
     * @throws IllegalArgumentException if the file is no JAR, or a JAR without a Bundle-SymbolicName
     */
    Jar upload(String fileName, Path file) throws IOException {
        String name = safeName(fileName);
        String mainClass = checkBundle(name, file);
        synchronized (this) {
            if (jars.size() >= MAX_JARS) {
                throw new IllegalArgumentException("Bad request: " + MAX_JARS + " jars are uploaded already; delete some with DELETE /jars/:jarid");
            }
        }
        BlobKey key;
        try (InputStream in = Files.newInputStream(file)) {
            key = blobs.put(in, maxBytes);
        }
        Jar jar = new Jar(UUID.randomUUID() + "_" + name, name, System.currentTimeMillis(), key, mainClass);
        synchronized (this) {
            jars.put(jar.id(), jar);
        }
        return jar;
    }

    private static String checkBundle(String name, Path file) throws IOException {
        Manifest manifest;
        try (JarFile jar = new JarFile(file.toFile())) {
            manifest = jar.getManifest();
        } catch (ZipException | SecurityException e) {
            throw new IllegalArgumentException("Bad request: " + name + " is not a JAR file: " + e.getMessage(), e);
        }
        Attributes main = manifest == null ? null : manifest.getMainAttributes();
        String symbolicName = main == null ? null : main.getValue("Bundle-SymbolicName");
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new IllegalArgumentException("Bad request: " + name + " is a JAR but no job bundle: its manifest has no Bundle-SymbolicName");
        }
        String mainClass = main.getValue("Main-Class");
        return mainClass == null || mainClass.isBlank() ? null : mainClass.trim();
    }

    /** The last segment of the name a client sent, with only characters safe in a URL path segment. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "upload.jar" : name;
    }

    synchronized List<Jar> list() {
        return List.copyOf(jars.values());
    }

    synchronized Jar get(String id) {
        Jar jar = jars.get(id);
        if (jar == null) {
            throw new NoSuchElementException("Jar file " + id + " does not exist");
        }
        return jar;
    }

    /** Forgets a jar and deletes its blob unless another upload of the same bytes still uses it. */
    void delete(String id) throws IOException {
        Jar jar;
        boolean shared;
        synchronized (this) {
            jar = jars.remove(id);
            if (jar == null) {
                throw new NoSuchElementException("Jar file " + id + " does not exist");
            }
            shared = jars.values().stream().anyMatch(other -> other.key().equals(jar.key()));
        }
        if (!shared) {
            blobs.delete(jar.key());
        }
    }
}
