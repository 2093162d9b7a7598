package io.riffle.launcher.internal.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A Felix framework in this JVM running the bundles of one {@link BundleSet}, with its bundle
 * cache in a fresh temporary folder that is deleted when the framework stops.
 *
 * <p>Start-up goes by start level and waits for the framework's own events, so the caller knows
 * when each level is reached and which bundles failed, and why.
 */
public final class EmbeddedFramework implements AutoCloseable {

    private final Framework framework;
    private final Path storage;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedFramework(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
    }

    /**
     * Creates and initialises a framework, installs the bundles with their start levels and marks
     * them to start. Nothing runs until {@link #startTo(int, Duration)}.
     */
    public static EmbeddedFramework install(BundleSet bundles, Map<String, String> properties) {
        Path storage = createStorage(bundles.descriptor());
        Map<String, String> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(StartLevels.LOGGING));
        // a job bundle may run twice at once (two submissions of one JAR); each run installs its own copy
        config.put(Constants.FRAMEWORK_BSNVERSION, Constants.FRAMEWORK_BSNVERSION_MULTIPLE);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, EmbeddedFramework.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        EmbeddedFramework embedded = new EmbeddedFramework(factory.newFramework(config), storage);
        try {
            embedded.framework.init();
            embedded.framework.getBundleContext().addFrameworkListener(embedded::recordError);
            for (BundleSet.BundleFile file : bundles.files()) {
                embedded.installAndMark(file);
            }
        } catch (BundleException | IOException | RuntimeException e) {
            embedded.close();
            throw new IllegalStateException("cannot set up the OSGi framework: " + e.getMessage(), e);
        }
        return embedded;
    }

    private static Path createStorage(String descriptor) {
        try {
            return Files.createTempDirectory("riffle-" + descriptor + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the framework's bundle cache folder", e);
        }
    }

    private void installAndMark(BundleSet.BundleFile file) throws BundleException, IOException {
        Bundle bundle;
        try (InputStream in = file.open()) {
            bundle = framework.getBundleContext().installBundle("riffle:" + file.name(), in);
        }
        if (isFragment(bundle)) {
            return;
        }
        bundle.adapt(BundleStartLevel.class).setStartLevel(StartLevels.of(bundle.getSymbolicName()));
        bundle.start();
    }

    private static boolean isFragment(Bundle bundle) {
        return (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private void recordError(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR) {
            Throwable cause = event.getThrowable();
            errors.add(event.getBundle().getSymbolicName() + ": "
                    + (cause == null ? "unknown error" : rootMessage(cause)));
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root + ")";
    }

    /** Starts the framework (if needed) and raises it to the given start level, waiting until it got there. */
    public void startTo(int startLevel, Duration timeout) throws BundleException, InterruptedException {
        if (framework.getState() != Bundle.ACTIVE) {
            framework.start();
        }
        CountDownLatch reached = new CountDownLatch(1);
        framework.adapt(FrameworkStartLevel.class).setStartLevel(startLevel, event -> reached.countDown());
        if (!reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the framework did not reach start level " + startLevel + " within "
                    + timeout.toSeconds() + " s");
        }
    }

    /**
     * What went wrong so far: framework errors, and bundles at or below the current start level
     * that should be active and are not.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(errors);
        int level = framework.adapt(FrameworkStartLevel.class).getStartLevel();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getBundleId() != 0 && !isFragment(bundle) && bundle.getState() != Bundle.ACTIVE
                    && bundle.adapt(BundleStartLevel.class).getStartLevel() <= level) {
                problems.add(bundle.getSymbolicName() + " is " + stateName(bundle.getState()) + ", not active");
            }
        }
        return problems;
    }

    public int activeBundles() {
        return (int) Stream.of(framework.getBundleContext().getBundles())
                .filter(b -> b.getState() == Bundle.ACTIVE).count();
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed (unresolved)";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "in state " + state;
        };
    }

    /**
     * Waits for a service published by a bundle and returns it. Only services typed by {@code java.*}
     * interfaces are usable here, outside the framework: their classes are the same on both sides.
     *
     * @param filter an LDAP filter on the service's properties
     */
    public <S> S awaitService(Class<S> type, String filter, Duration timeout) throws InterruptedException {
        if (!type.getName().startsWith("java.")) {
            throw new IllegalArgumentException(type.getName() + " is not shared with the framework's bundles");
        }
        ServiceTracker<S, S> tracker;
        try {
            tracker = new ServiceTracker<>(framework.getBundleContext(),
                    framework.getBundleContext().createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("bad service filter " + filter, e);
        }
        tracker.open();
        S service = tracker.waitForService(timeout.toMillis());
        if (service == null) {
            tracker.close();
            throw new IllegalStateException("no " + type.getSimpleName() + " service " + filter + " appeared within "
                    + timeout.toSeconds() + " s; see the log for components that did not start");
        }
        return service;
    }

    /**
     * Whether a bundle registered a service of this type. Takes the type's name, because the
     * launcher does not share the classes of the framework's bundles.
     */
    public boolean hasService(String objectClass) {
        try {
            return framework.getBundleContext().getServiceReferences(objectClass, null) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
    }

    /** Waits until the framework stops, for whatever reason (the shell's exit, a signal, an error). */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** Stops the framework, waiting up to 30 s, and deletes its bundle cache. Later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException e) {
            System.err.println("riffle: stopping the framework failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteStorage();
        }
    }

    private void deleteStorage() {
        try (Stream<Path> paths = Files.walk(storage)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("riffle: could not delete the bundle cache " + storage + ": " + e.getMessage());
        }
    }
}
