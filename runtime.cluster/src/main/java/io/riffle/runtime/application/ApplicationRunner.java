package io.riffle.runtime.application;

import io.riffle.api.common.JobID;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs job bundles stored in the JobManager's blob store. A service of the JobManager process.
 *
 * <p>Futures fail with {@link ProgramInvocationException} when {@code main()} cannot be called or
 * threw before it submitted a job, with {@link java.util.concurrent.RejectedExecutionException}
 * when the runner is busy with as many programs as it runs at once, and with
 * {@link java.util.NoSuchElementException} when the bundle is not in the blob store.
 */
@ProviderType
public interface ApplicationRunner {

    /**
     * Installs the bundle and calls its {@code main()} with this cluster as the execution
     * environment; completes with the id of the first job {@code main()} submits. {@code main()}
     * keeps running after that (an attached {@code execute()} waits for its job); the bundle is
     * uninstalled when {@code main()} returns.
     */
    CompletableFuture<JobID> run(ApplicationRequest request);

    /** Calls {@code main()} with an environment that only records the first job it would submit, and describes that job. */
    CompletableFuture<JobPlan> plan(ApplicationRequest request);
}
