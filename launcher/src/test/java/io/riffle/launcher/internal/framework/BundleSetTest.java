package io.riffle.launcher.internal.framework;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BundleSetTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void findsTheBundlesOfOneDescriptorInAJarSortedByName() throws IOException {
        Path jar = temp.getRoot().toPath().resolve("riffle.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : List.of("riffle/bundles/local/b.jar", "riffle/bundles/local/a.jar",
                    "riffle/bundles/jobmanager/c.jar", "riffle/bundles/local/notes.txt", "riffle/bundles/local/x/d.jar")) {
                out.putNextEntry(new JarEntry(entry));
                out.write(entry.getBytes(StandardCharsets.UTF_8));
            }
        }
        BundleSet local = BundleSet.of("local", jar);
        assertEquals(List.of("a.jar", "b.jar"), local.files().stream().map(BundleSet.BundleFile::name).toList());
        try (InputStream in = local.files().get(0).open()) {
            assertEquals("riffle/bundles/local/a.jar", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    public void findsTheBundlesOfOneDescriptorInAClassFolder() throws IOException {
        Path classes = temp.getRoot().toPath();
        Path folder = Files.createDirectories(classes.resolve("riffle/bundles/local"));
        try (OutputStream out = Files.newOutputStream(folder.resolve("a.jar"))) {
            out.write(1);
        }
        assertEquals(1, BundleSet.of("local", classes).files().size());
    }

    @Test
    public void saysHowToBuildTheJarWhenItHoldsNoBundles() throws IOException {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BundleSet.of("local", temp.getRoot().toPath()));
        assertTrue(e.getMessage(), e.getMessage().contains("no bundles of run descriptor 'local'"));
        assertTrue(e.getMessage(), e.getMessage().contains("mvn package"));
    }

    @Test
    public void leavesOutTheBundlesWhoseSymbolicNameMatches() throws IOException {
        Path classes = temp.getRoot().toPath();
        Path folder = Files.createDirectories(classes.resolve("riffle/bundles/jobmanager"));
        writeBundle(folder.resolve("shell.jar"), "org.apache.felix.gogo.shell;singleton:=true");
        writeBundle(folder.resolve("runtime.jar"), "io.riffle.runtime.jobmanager");

        BundleSet withoutShell = BundleSet.of("jobmanager", classes).without(name -> name.startsWith("org.apache.felix.gogo."));

        assertEquals(List.of("runtime.jar"), withoutShell.files().stream().map(BundleSet.BundleFile::name).toList());
        assertEquals("jobmanager", withoutShell.descriptor());
    }

    private static void writeBundle(Path jar, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("a.txt"));
        }
    }
}
