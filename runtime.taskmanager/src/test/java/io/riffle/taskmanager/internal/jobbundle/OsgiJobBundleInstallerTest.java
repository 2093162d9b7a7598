package io.riffle.taskmanager.internal.jobbundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobServerGateway;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Job bundles installed into a real Felix framework, as on a TaskManager: a good one loads its
 * classes and is gone after uninstall; a corrupt JAR, one that does not resolve and one whose
 * activator throws each fail with the framework's reason and leave nothing installed, and the
 * installer goes on serving other jobs.
 */
public class OsgiJobBundleInstallerTest {

    private static final long WAIT_SECONDS = 30;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private Framework framework;
    private ExecutorService io;
    private Path folder;
    private final Map<BlobKey, byte[]> blobs = new HashMap<>();
    private OsgiJobBundleInstaller installer;

    @Before
    public void startFramework() throws Exception {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, temp.newFolder("felix-cache").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put(Constants.FRAMEWORK_BSNVERSION, Constants.FRAMEWORK_BSNVERSION_MULTIPLE);
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(properties);
        framework.start();
        io = Executors.newSingleThreadExecutor();
        folder = temp.newFolder("bundles").toPath();
        BlobServerGateway server = (key, offset, maxLength) -> {
            byte[] bytes = blobs.get(key);
            if (bytes == null) {
                return CompletableFuture.failedFuture(new NoSuchElementException("no blob " + key.sha256()));
            }
            int end = (int) Math.min(bytes.length, offset + maxLength);
            return CompletableFuture.completedFuture(new BlobChunk(key, offset, Arrays.copyOfRange(bytes, (int) offset, end)));
        };
        installer = new OsgiJobBundleInstaller(framework.getBundleContext(), new BlobFetcher(server, io), folder, io);
    }

    @After
    public void stopFramework() throws Exception {
        installer.close();
        io.shutdownNow();
        framework.stop();
        framework.waitForStop(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }

    @Test
    public void aJobBundleLoadsItsClassesAndIsGoneAfterUninstall() throws Exception {
        JobID job = JobID.generate();
        BlobKey key = store(bundle("job.good", "org.osgi.framework", null));

        ClassLoader loader = installer.install(job, key).get(WAIT_SECONDS, TimeUnit.SECONDS);

        Class<?> loaded = loader.loadClass(ThrowingActivator.class.getName());
        assertEquals(loader, loaded.getClassLoader());
        assertEquals(List.of(OsgiJobBundleInstaller.location(job, key)), jobBundleLocations());

        installer.uninstall(job);
        CompletableFuture.runAsync(() -> { }, io).get(WAIT_SECONDS, TimeUnit.SECONDS); // uninstall ran on io
        assertEquals(List.of(), jobBundleLocations());
        assertEquals(List.of(), files());
    }

    @Test
    public void twoJobsWithTheSameBundleDoNotClash() throws Exception {
        BlobKey key = store(bundle("job.shared", "org.osgi.framework", null));

        installer.install(JobID.generate(), key).get(WAIT_SECONDS, TimeUnit.SECONDS);
        installer.install(JobID.generate(), key).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(2, jobBundleLocations().size());
    }

    @Test
    public void aCorruptJarFailsClearlyAndLeavesNothing() throws Exception {
        BlobKey key = store("this is not a zip file".getBytes());

        String message = failure(installer.install(JobID.generate(), key));

        assertTrue(message, message.contains("job bundle " + key + " of job ")
                && message.contains("is not a bundle that can be installed"));
        assertNothingLeft();
    }

    @Test
    public void aBundleThatDoesNotResolveFailsClearlyAndLeavesNothing() throws Exception {
        BlobKey key = store(bundle("job.unresolved", "com.example.missing", null));

        String message = failure(installer.install(JobID.generate(), key));

        assertTrue(message, message.contains("does not resolve or its activator failed") && message.contains("com.example.missing"));
        assertNothingLeft();
    }

    @Test
    public void aThrowingActivatorFailsClearlyAndTheInstallerServesTheNextJob() throws Exception {
        BlobKey key = store(bundle("job.throwing", "org.osgi.framework", ThrowingActivator.class.getName()));

        String message = failure(installer.install(JobID.generate(), key));

        assertTrue(message, message.contains("does not resolve or its activator failed"));
        assertNothingLeft();
        BlobKey good = store(bundle("job.next", "org.osgi.framework", null));
        installer.install(JobID.generate(), good).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(1, jobBundleLocations().size());
    }

    private void assertNothingLeft() throws IOException {
        assertEquals(List.of(), jobBundleLocations());
        assertEquals(List.of(), files());
    }

    private static String failure(CompletableFuture<ClassLoader> install) {
        Throwable failure = assertThrows(ExecutionException.class, () -> install.get(WAIT_SECONDS, TimeUnit.SECONDS)).getCause();
        assertTrue(String.valueOf(failure), failure instanceof JobBundleException);
        return failure.getMessage();
    }

    private List<String> jobBundleLocations() {
        return Stream.of(framework.getBundleContext().getBundles()).map(Bundle::getLocation)
                .filter(location -> location.startsWith("riffle-job:")).toList();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private BlobKey store(byte[] bytes) throws Exception {
        BlobKey key = BlobKey.of(MessageDigest.getInstance("SHA-256").digest(bytes), bytes.length);
        blobs.put(key, bytes);
        return key;
    }

    /** A bundle holding {@link ThrowingActivator}'s class, with the given imports and activator. */
    private static byte[] bundle(String symbolicName, String imports, String activator) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        if (imports != null) {
            main.putValue(Constants.IMPORT_PACKAGE, imports);
        }
        if (activator != null) {
            main.putValue(Constants.BUNDLE_ACTIVATOR, activator);
        }
        String classFile = ThrowingActivator.class.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest);
                InputStream in = OsgiJobBundleInstallerTest.class.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry(classFile));
            in.transferTo(jar);
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
