package io.riffle.launcher.internal.framework;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The bundles of one run descriptor as bnd exported them into riffle.jar, under
 * {@code riffle/bundles/<descriptor>/}. Works the same from the jar and from an exploded class
 * folder (an IDE or the tests).
 */
public final class BundleSet {

    /** One bundle file of the set. */
    public record BundleFile(String name, Opener opener) {

        public InputStream open() throws IOException {
            return opener.open();
        }
    }

    /** Opens a bundle file's content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private static final String ROOT = "riffle/bundles/";

    private final String descriptor;
    private final List<BundleFile> files;

    private BundleSet(String descriptor, List<BundleFile> files) {
        this.descriptor = descriptor;
        this.files = List.copyOf(files);
    }

    /**
     * The bundles of the named run descriptor inside the given jar or class folder.
     *
     * @throws IllegalStateException if that location holds no bundles of the descriptor
     */
    public static BundleSet of(String descriptor, Path location) {
        String prefix = ROOT + descriptor + "/";
        List<BundleFile> files = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                Path folder = location.resolve(prefix);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> jars = Files.list(folder)) {
                        jars.filter(p -> p.toString().endsWith(".jar"))
                                .forEach(p -> files.add(new BundleFile(p.getFileName().toString(),
                                        () -> Files.newInputStream(p))));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(prefix) && name.endsWith(".jar") && name.indexOf('/', prefix.length()) < 0) {
                            files.add(new BundleFile(name.substring(prefix.length()), () -> openEntry(location, name)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundles of '" + descriptor + "' in " + location, e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no bundles of run descriptor '" + descriptor + "' in " + location
                    + ": was riffle.jar built with 'mvn package'?");
        }
        files.sort(Comparator.comparing(BundleFile::name));
        return new BundleSet(descriptor, files);
    }

    /** The bundles of the named run descriptor in the jar (or class folder) this launcher runs from. */
    public static BundleSet embedded(String descriptor) {
        try {
            return of(descriptor, Path.of(BundleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the launcher's own jar", e);
        }
    }

    private static InputStream openEntry(Path jarPath, String entry) throws IOException {
        JarFile jar = new JarFile(jarPath.toFile());
        InputStream in = jar.getInputStream(jar.getEntry(entry));
        return new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    jar.close();
                }
            }
        };
    }

    /**
     * This set without the bundles whose symbolic name matches, e.g. the Gogo shell for a process
     * that runs without one. Reads each bundle's manifest.
     */
    public BundleSet without(Predicate<String> symbolicName) {
        List<BundleFile> kept = new ArrayList<>();
        for (BundleFile file : files) {
            if (!symbolicName.test(symbolicName(file))) {
                kept.add(file);
            }
        }
        return new BundleSet(descriptor, kept);
    }

    private static String symbolicName(BundleFile file) {
        try (JarInputStream in = new JarInputStream(file.open())) {
            Manifest manifest = in.getManifest();
            String header = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            return header == null ? "" : header.split(";")[0].strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + file.name(), e);
        }
    }

    public String descriptor() {
        return descriptor;
    }

    public List<BundleFile> files() {
        return files;
    }
}
