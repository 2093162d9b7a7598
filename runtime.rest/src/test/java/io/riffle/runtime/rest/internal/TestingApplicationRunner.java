package io.riffle.runtime.rest.internal;

import io.riffle.api.common.JobID;
import io.riffle.runtime.application.ApplicationRequest;
import io.riffle.runtime.application.ApplicationRunner;
import io.riffle.runtime.application.JobPlan;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers every run and plan with what a test set; records the requests. */
final class TestingApplicationRunner implements ApplicationRunner {

    final List<ApplicationRequest> requests = new CopyOnWriteArrayList<>();
    volatile CompletableFuture<JobID> runAnswer = CompletableFuture.completedFuture(new JobID(7, 8));
    volatile CompletableFuture<JobPlan> planAnswer = CompletableFuture.completedFuture(new JobPlan("0000000000000007000000000000000a", "plan",
            List.of(new JobPlan.Node("a", 1, "Source: numbers", "Source: numbers", List.of()),
                    new JobPlan.Node("b", 2, "Map", "Map", List.of(new JobPlan.Input(0, "a", "HASH", "pipelined_bounded"))))));

    @Override
    public CompletableFuture<JobID> run(ApplicationRequest request) {
        requests.add(request);
        return runAnswer;
    }

    @Override
    public CompletableFuture<JobPlan> plan(ApplicationRequest request) {
        requests.add(request);
        return planAnswer;
    }
}
