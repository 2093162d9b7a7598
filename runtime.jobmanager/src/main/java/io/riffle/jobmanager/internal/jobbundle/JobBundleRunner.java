package io.riffle.jobmanager.internal.jobbundle;

import io.riffle.configuration.Configuration;
import io.riffle.configuration.CoreOptions;
import io.riffle.core.execution.ExecutorContext;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.client.DispatcherPipelineExecutor;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobStore;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job bundle on this cluster: installs it, calls the {@code main()} its {@code Main-Class}
 * header names with the cluster bound as the execution environment, and uninstalls the bundle
 * when {@code main()} returns, so the job's classes are unloaded.
 *
 * <p>Reached from the Gogo shell ({@code riffle:run bundle.jar args...}) and from the launcher
 * ({@code riffle local bundle.jar args...}). The launcher lives outside the framework, so it calls
 * this component through a service typed only by {@code java.util.function.Function}, whose class
 * every class loader shares.
 */
@Component(service = {JobBundleRunner.class, Function.class},
        property = {JobBundleRunner.ENTRYPOINT + "=run-job-bundle", "osgi.command.scope=riffle", "osgi.command.function=run"})
public final class JobBundleRunner implements Function<String[], Integer> {

    /** Service property naming what a {@code Function} service does, for callers outside the framework. */
    public static final String ENTRYPOINT = "riffle.entrypoint";
    /** Framework property: the default parallelism of jobs that set none. */
    public static final String DEFAULT_PARALLELISM = "riffle.parallelism.default";

    private static final Logger LOG = LoggerFactory.getLogger(JobBundleRunner.class);
    private static final Logger LIFECYCLE = LoggerFactory.getLogger("io.riffle.lifecycle.jobs");

    /** Framework property naming the process's role; in a JobManager process TaskManagers elsewhere run the tasks. */
    static final String ROLE = "riffle.role";
    /** The largest job bundle put into the blob store. */
    static final long MAX_BUNDLE_BYTES = 512L << 20;

    private final BundleContext context;
    private final PipelineExecutor executor;
    private final BlobStore blobStore;

    @Activate
    public JobBundleRunner(BundleContext context, @Reference PipelineExecutor executor, @Reference BlobStore blobStore) {
        this.context = context;
        this.executor = executor;
        this.blobStore = blobStore;
    }

    /** Gogo: {@code riffle:run bundle.jar [args...]}; prints the outcome. */
    public String run(String... bundleAndArgs) {
        int exitCode = apply(bundleAndArgs);
        return exitCode == 0 ? "job bundle " + bundleAndArgs[0] + " finished" : "job bundle " + bundleAndArgs[0] + " failed";
    }

    /**
     * Runs {@code bundleAndArgs[0]} with the remaining arguments; returns 0 when its {@code main()}
     * returned, 1 when it threw (the error is printed to standard error), 2 when the bundle cannot be run.
     */
    @Override
    public Integer apply(String[] bundleAndArgs) {
        if (bundleAndArgs.length == 0) {
            System.err.println("riffle run: name the job bundle to run");
            return 2;
        }
        String path = bundleAndArgs[0];
        String[] args = Arrays.copyOfRange(bundleAndArgs, 1, bundleAndArgs.length);
        Bundle bundle;
        Method main;
        try {
            bundle = install(path);
        } catch (BundleException | IllegalArgumentException e) {
            System.err.println("riffle run: cannot install " + path + ": " + describe(e));
            return 2;
        }
        try {
            main = mainMethod(bundle);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            System.err.println("riffle run: " + path + ": " + e.getMessage());
            uninstall(bundle);
            return 2;
        }
        PipelineExecutor bound;
        try {
            bound = executorFor(new File(path).getAbsoluteFile());
        } catch (IOException e) {
            System.err.println("riffle run: cannot put " + path + " into the blob store: " + e.getMessage());
            uninstall(bundle);
            return 2;
        }
        try {
            return runMain(bundle, main, args, bound);
        } finally {
            uninstall(bundle);
        }
    }

    private Bundle install(String path) throws BundleException {
        File file = new File(path).getAbsoluteFile();
        if (!file.isFile()) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        Bundle bundle = context.installBundle(file.toURI().toString());
        bundle.start();
        return bundle;
    }

    private static Method mainMethod(Bundle bundle) throws ReflectiveOperationException {
        String mainClass = bundle.getHeaders().get("Main-Class");
        if (mainClass == null || mainClass.isBlank()) {
            throw new IllegalArgumentException("the bundle has no Main-Class header naming the class whose main() builds the job");
        }
        Method main = bundle.loadClass(mainClass.trim()).getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new IllegalArgumentException(mainClass + ".main(String[]) is not static");
        }
        return main;
    }

    /**
     * In a JobManager process the job's tasks run in TaskManager processes, which fetch the bundle from
     * the blob store: the bundle goes there, and the jobs {@code main()} submits name it. Elsewhere
     * (the local cluster) tasks use the class loader {@code main()} registers.
     */
    private PipelineExecutor executorFor(File bundleFile) throws IOException {
        if (!"jobmanager".equals(context.getProperty(ROLE)) || !(executor instanceof DispatcherPipelineExecutor dispatcher)) {
            return executor;
        }
        BlobKey key;
        try (InputStream in = Files.newInputStream(bundleFile.toPath())) {
            key = blobStore.put(in, MAX_BUNDLE_BYTES);
        }
        LIFECYCLE.info("job bundle {} is blob {}", bundleFile.getName(), key);
        return dispatcher.withJobBundle(key);
    }

    private int runMain(Bundle bundle, Method main, String[] args, PipelineExecutor executor) {
        ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
        Configuration configuration = new Configuration();
        String parallelism = context.getProperty(DEFAULT_PARALLELISM);
        if (parallelism != null) {
            configuration.setString(CoreOptions.DEFAULT_PARALLELISM.key(), parallelism);
        }
        ExecutorContext.Binding binding = new ExecutorContext.Binding(executor, configuration);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                ExecutorContext.callWith(binding, () -> main.invoke(null, (Object) args));
            } catch (InvocationTargetException e) {
                failure.set(e.getCause());
            } catch (Exception e) {
                failure.set(e);
            }
        }, "riffle-job-main " + bundle.getSymbolicName());
        thread.setContextClassLoader(loader);
        LIFECYCLE.info("running {} {}", bundle.getSymbolicName(), String.join(" ", args));
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            return 1;
        }
        Throwable error = failure.get();
        if (error != null) {
            PrintStream err = System.err;
            err.println("The job bundle " + bundle.getSymbolicName() + " failed:");
            error.printStackTrace(err);
            return 1;
        }
        return 0;
    }

    /** The exception's message with its root cause's, which says what is wrong with the file (a broken JAR, ...). */
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.getMessage() : e.getMessage() + " (" + root + ")";
    }

    private static void uninstall(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("could not uninstall job bundle {}", bundle.getSymbolicName(), e);
        }
    }
}
