package io.riffle.jobmanager.internal.application;

import io.riffle.api.common.JobID;
import io.riffle.core.execution.JobClient;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.translation.JobGraphGenerator;
import io.riffle.runtime.application.JobPlan;
import io.riffle.streaming.api.graph.StreamGraph;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An executor that runs nothing: it translates the first job {@code main()} submits, records its
 * plan, and fails the submission so that {@code main()} stops there (Flink's "optimizer plan
 * environment" does the same with an abort exception).
 */
final class PlanRecorder implements PipelineExecutor {

    /** Ends {@code main()} once the plan is recorded; not an error of the program. */
    static final class PlanRecorded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PlanRecorded() {
            super("the plan is recorded; this job is not run", null, false, false);
        }
    }

    private final List<ClassLoader> frameworkLoaders;
    private final CompletableFuture<JobPlan> plan;

    PlanRecorder(List<ClassLoader> frameworkLoaders, CompletableFuture<JobPlan> plan) {
        this.frameworkLoaders = frameworkLoaders;
        this.plan = plan;
    }

    @Override
    public CompletableFuture<JobClient> execute(StreamGraph streamGraph, ClassLoader userCodeClassLoader) {
        try {
            plan.complete(JobPlans.describe(JobGraphGenerator.translate(streamGraph, JobID.generate()), userCodeClassLoader,
                    frameworkLoaders));
        } catch (Exception e) {
            plan.completeExceptionally(e);
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.failedFuture(new PlanRecorded());
    }
}
