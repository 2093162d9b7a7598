package io.riffle.runtime.rest.internal;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.dispatcher.JobDetails;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * One job: {@code GET /jobs/:jobid}, {@code PATCH /jobs/:jobid?mode=cancel}, {@code GET /jobs/:jobid/exceptions},
 * {@code GET /jobs/:jobid/accumulators}.
 */
final class JobRoutes {

    private final DispatcherGateway dispatcher;

    private JobRoutes(DispatcherGateway dispatcher) {
        this.dispatcher = dispatcher;
    }

    static void register(RestRouter router, DispatcherGateway dispatcher) {
        JobRoutes routes = new JobRoutes(dispatcher);
        router.add("GET", "/jobs/:jobid", (request, params) -> routes.details(jobId(params)))
                .add("PATCH", "/jobs/:jobid", (request, params) -> routes.patch(jobId(params), request.queryParameter("mode")))
                .add("GET", "/jobs/:jobid/exceptions", (request, params) -> routes.exceptions(jobId(params)))
                .add("GET", "/jobs/:jobid/accumulators", (request, params) -> routes.accumulators(jobId(params)));
    }

    private static JobID jobId(Map<String, String> params) {
        String text = params.get("jobid");
        try {
            return JobID.fromHexString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad request: '" + text + "' is no job id (32 hex digits)", e);
        }
    }

    private CompletableFuture<RestResponse> details(JobID jobId) {
        return dispatcher.requestJobDetails(jobId).thenApply(details -> {
            long now = System.currentTimeMillis();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("jid", details.jobId().toString());
            json.put("name", details.name());
            json.put("isStoppable", false);
            json.put("state", details.status().name());
            json.put("start-time", details.startTime());
            json.put("end-time", details.endTime());
            json.put("duration", (details.endTime() < 0 ? now : details.endTime()) - details.startTime());
            json.put("now", now);
            json.put("vertices", details.vertices().stream().map(JobRoutes::vertex).toList());
            return RestResponse.ok(json);
        });
    }

    private static Map<String, Object> vertex(JobDetails.Vertex vertex) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", vertex.id());
        json.put("name", vertex.name());
        json.put("parallelism", vertex.parallelism());
        json.put("status", vertex.status());
        return json;
    }

    private CompletableFuture<RestResponse> patch(JobID jobId, String mode) {
        if (mode != null && !"cancel".equals(mode)) {
            return CompletableFuture.completedFuture(RestResponse.error(400, "Bad request: mode '" + mode + "' is not supported; use mode=cancel"));
        }
        return dispatcher.cancelJob(jobId).thenApply(ok -> new RestResponse(202, "{}", null));
    }

    /** Flink's shape; a job that has not failed has no root exception. */
    private CompletableFuture<RestResponse> exceptions(JobID jobId) {
        return dispatcher.requestJobDetails(jobId).thenCompose(details -> {
            if (details.status() != JobStatus.FAILED) {
                return CompletableFuture.completedFuture(RestResponse.ok(exceptions(null, -1)));
            }
            return dispatcher.requestJobResult(jobId).thenApply(result -> RestResponse.ok(exceptions(result.failureCause(), details.endTime())));
        });
    }

    /**
     * Flink's shape, with the user accumulators of a finished job (values as text); a job that has not
     * finished has none yet: Riffle merges accumulators when the job ends.
     */
    private CompletableFuture<RestResponse> accumulators(JobID jobId) {
        return dispatcher.requestJobDetails(jobId).thenCompose(details -> {
            if (details.status() != JobStatus.FINISHED) {
                return CompletableFuture.completedFuture(RestResponse.ok(accumulators(Map.of())));
            }
            return dispatcher.requestJobResult(jobId).thenApply(result -> RestResponse.ok(accumulators(result.accumulators())));
        });
    }

    private static Map<String, Object> accumulators(Map<String, Object> values) {
        List<Map<String, Object>> user = new ArrayList<>();
        new TreeMap<>(values).forEach((name, value) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", name);
            json.put("type", value == null ? "null" : value.getClass().getName());
            json.put("value", String.valueOf(value));
            user.add(json);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job-accumulators", List.of());
        json.put("user-task-accumulators", user);
        json.put("serialized-user-task-accumulators", Map.of());
        return json;
    }

    private static Map<String, Object> exceptions(Throwable failure, long timestamp) {
        Map<String, Object> json = new LinkedHashMap<>();
        String stack = failure == null ? null : stackText(failure);
        json.put("root-exception", stack);
        json.put("timestamp", failure == null ? null : timestamp);
        List<Map<String, Object>> all = failure == null ? List.of() : List.of(exception(stack, timestamp));
        json.put("all-exceptions", all);
        json.put("truncated", false);
        return json;
    }

    private static Map<String, Object> exception(String stack, long timestamp) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("exception", stack);
        json.put("task", null);
        json.put("location", null);
        json.put("timestamp", timestamp);
        return json;
    }

    static String stackText(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
