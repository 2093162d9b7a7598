package io.riffle.jobmanager.internal.application;

import io.riffle.api.common.JobID;
import io.riffle.configuration.Configuration;
import io.riffle.configuration.CoreOptions;
import io.riffle.core.execution.ExecutorContext;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.client.DispatcherPipelineExecutor;
import io.riffle.jobmanager.internal.jobbundle.JobBundleRunner;
import io.riffle.runtime.application.ApplicationRequest;
import io.riffle.runtime.application.ApplicationRunner;
import io.riffle.runtime.application.JobPlan;
import io.riffle.runtime.application.ProgramInvocationException;
import io.riffle.runtime.blob.BlobStore;
import io.riffle.runtime.cluster.JobClassLoaders;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@code main()} of job bundles from the blob store, for the REST API. Each program runs on
 * one thread of a small pool ({@value #MAX_PROGRAMS} at once, no queue: a busy runner rejects, so a
 * client hears at once instead of waiting behind programs that may run for days). The bundle is
 * installed under a location of its own per run, so two runs of one bundle never share (or
 * uninstall) each other's classes.
 */
@Component(service = ApplicationRunner.class)
public final class BundleApplicationRunner implements ApplicationRunner, AutoCloseable {

    /** Programs running at once; an attached {@code execute()} keeps its program's thread until its job ends. */
    static final int MAX_PROGRAMS = 4;
    /** How long {@code main()} may take to submit its first job. */
    static final Duration SUBMIT_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LIFECYCLE = LoggerFactory.getLogger("io.riffle.lifecycle.jobs");
    private static final Logger LOG = LoggerFactory.getLogger(BundleApplicationRunner.class);

    private final BundleContext context;
    private final BlobStore blobs;
    private final DispatcherPipelineExecutor dispatcher;
    private final List<ClassLoader> frameworkLoaders = List.of(StreamExecutionEnvironment.class.getClassLoader());
    private final ThreadPoolExecutor programs = new ThreadPoolExecutor(0, MAX_PROGRAMS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
            runnable -> {
                Thread thread = new Thread(runnable, "riffle-job-main");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicLong runs = new AtomicLong();

    @Activate
    public BundleApplicationRunner(BundleContext context, @Reference BlobStore blobs, @Reference DispatcherGateway dispatcher,
            @Reference JobClassLoaders classLoaders) {
        this.context = context;
        this.blobs = blobs;
        this.dispatcher = new DispatcherPipelineExecutor(dispatcher, classLoaders);
    }

    @Override
    public CompletableFuture<JobID> run(ApplicationRequest request) {
        CompletableFuture<JobID> firstJob = new CompletableFuture<>();
        return start(request, new BundleJobExecutor(dispatcher, request.bundle(), firstJob), firstJob);
    }

    @Override
    public CompletableFuture<JobPlan> plan(ApplicationRequest request) {
        CompletableFuture<JobPlan> plan = new CompletableFuture<>();
        return start(request, new PlanRecorder(frameworkLoaders, plan), plan);
    }

    /** Runs {@code main()} with {@code executor}; {@code outcome} is what the executor completes when the program submitted. */
    private <T> CompletableFuture<T> start(ApplicationRequest request, PipelineExecutor executor, CompletableFuture<T> outcome) {
        Path file = blobs.path(request.bundle()).orElse(null);
        if (file == null) {
            return CompletableFuture.failedFuture(new NoSuchElementException("no job bundle " + request.bundle() + " in the blob store"));
        }
        Future<?> program;
        try {
            program = programs.submit(() -> runProgram(file, request, executor, outcome));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("the JobManager runs " + MAX_PROGRAMS
                    + " programs already; try again when one has ended"));
        }
        outcome.orTimeout(SUBMIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS).whenComplete((ok, failure) -> {
            if (failure instanceof TimeoutException) {
                // a main() that submits nothing would hold its thread for ever: stop it
                program.cancel(true);
            }
        });
        return outcome.exceptionallyCompose(failure -> CompletableFuture.failedFuture(failure instanceof TimeoutException
                ? new ProgramInvocationException("main() submitted no job within " + SUBMIT_TIMEOUT.toSeconds() + " s") : failure));
    }

    private void runProgram(Path file, ApplicationRequest request, PipelineExecutor executor, CompletableFuture<?> outcome) {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(file)) {
            bundle = context.installBundle("riffle-blob:" + request.bundle().sha256() + "/" + runs.incrementAndGet(), in);
        } catch (IOException | BundleException | IllegalStateException e) {
            outcome.completeExceptionally(new ProgramInvocationException("cannot install the job bundle: " + e.getMessage(), e));
            return;
        }
        try {
            bundle.start();
            Method main = mainMethod(bundle, request.entryClass());
            Thread.currentThread().setContextClassLoader(bundle.adapt(BundleWiring.class).getClassLoader());
            LIFECYCLE.info("running {} {} from the REST API", main.getDeclaringClass().getName(), String.join(" ", request.args()));
            ExecutorContext.callWith(new ExecutorContext.Binding(executor, configuration(request)),
                    () -> main.invoke(null, (Object) request.args().toArray(String[]::new)));
            outcome.completeExceptionally(new ProgramInvocationException("main() returned without submitting a job"));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!outcome.isDone()) {
                outcome.completeExceptionally(new ProgramInvocationException("Could not execute application: " + rootMessage(cause), cause));
            } else if (!(rootCause(cause) instanceof PlanRecorder.PlanRecorded)) {
                LIFECYCLE.warn("the program of job bundle {} failed after it submitted its job", bundle.getSymbolicName(), cause);
            }
        } catch (Exception e) {
            outcome.completeExceptionally(new ProgramInvocationException("Could not execute application: " + rootMessage(e), e));
        } finally {
            Thread.currentThread().setContextClassLoader(null);
            uninstall(bundle);
        }
    }

    private Configuration configuration(ApplicationRequest request) {
        Configuration configuration = new Configuration();
        String parallelism = request.parallelism() != ApplicationRequest.DEFAULT_PARALLELISM ? String.valueOf(request.parallelism())
                : context.getProperty(JobBundleRunner.DEFAULT_PARALLELISM);
        if (parallelism != null) {
            configuration.setString(CoreOptions.DEFAULT_PARALLELISM.key(), parallelism);
        }
        return configuration;
    }

    private static Method mainMethod(Bundle bundle, String entryClass) throws ReflectiveOperationException, ProgramInvocationException {
        String mainClass = entryClass != null ? entryClass : bundle.getHeaders().get("Main-Class");
        if (mainClass == null || mainClass.isBlank()) {
            throw new ProgramInvocationException("the job bundle has no Main-Class header and the request names no entryClass");
        }
        Method main = bundle.loadClass(mainClass.trim()).getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new ProgramInvocationException(mainClass + ".main(String[]) is not static");
        }
        return main;
    }

    static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = rootCause(failure);
        return root.getMessage() == null ? root.getClass().getName() : root.getClass().getName() + ": " + root.getMessage();
    }

    private static void uninstall(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("could not uninstall job bundle {}", bundle.getSymbolicName(), e);
        }
    }

    @Override
    @Deactivate
    public void close() {
        programs.shutdownNow();
    }
}
