package io.riffle.runtime.rest.internal;

import io.riffle.api.common.JobStatus;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.status.TaskManagerInfo;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Maps a request (method and path) to its answer, with Flink's paths and JSON field names. Knows
 * nothing of HTTP or Netty. Answers are futures because the job list comes from the Dispatcher's
 * main thread; nothing here blocks.
 */
final class RestRouter {

    private final ClusterView cluster;
    private final Map<String, Function<ClusterView, CompletableFuture<RestResponse>>> routes = new LinkedHashMap<>();

    RestRouter(ClusterView cluster) {
        this.cluster = cluster;
        routes.put("/overview", RestRouter::overview);
        routes.put("/jobs/overview", RestRouter::jobsOverview);
        routes.put("/taskmanagers", c -> CompletableFuture.completedFuture(RestResponse.ok(taskManagers(c))));
        routes.put("/config", c -> CompletableFuture.completedFuture(RestResponse.ok(config(c))));
    }

    /** {@code uri} may carry a query string, which no endpoint reads yet. */
    CompletableFuture<RestResponse> route(String method, String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Function<ClusterView, CompletableFuture<RestResponse>> route = routes.get(path);
        if (route == null) {
            return CompletableFuture.completedFuture(RestResponse.error(404, "Not found: " + path));
        }
        if (!"GET".equals(method)) {
            return CompletableFuture.completedFuture(RestResponse.methodNotAllowed(method, path, "GET"));
        }
        try {
            return route.apply(cluster).exceptionally(failure -> RestResponse.error(500, "Internal server error: " + failure.getMessage()));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(RestResponse.error(500, "Internal server error: " + e.getMessage()));
        }
    }

    private static CompletableFuture<RestResponse> overview(ClusterView cluster) {
        List<TaskManagerInfo> taskManagers = cluster.taskManagers();
        return cluster.jobs().thenApply(jobs -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("taskmanagers", taskManagers.size());
            json.put("slots-total", taskManagers.stream().mapToInt(TaskManagerInfo::slotsTotal).sum());
            json.put("slots-available", taskManagers.stream().mapToInt(TaskManagerInfo::slotsFree).sum());
            // as in Flink: every job not yet globally terminal counts as running
            json.put("jobs-running", jobs.stream().filter(j -> !j.status().isGloballyTerminalState()).count());
            json.put("jobs-finished", count(jobs, JobStatus.FINISHED));
            json.put("jobs-cancelled", count(jobs, JobStatus.CANCELED));
            json.put("jobs-failed", count(jobs, JobStatus.FAILED));
            json.put("flink-version", cluster.version());
            return RestResponse.ok(json);
        });
    }

    private static long count(Collection<JobStatusMessage> jobs, JobStatus status) {
        return jobs.stream().filter(j -> j.status() == status).count();
    }

    private static CompletableFuture<RestResponse> jobsOverview(ClusterView cluster) {
        return cluster.jobs().thenApply(jobs -> RestResponse.ok(Map.of("jobs", jobs.stream().map(job -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("jid", job.jobId().toString());
            json.put("name", job.jobName() == null ? "" : job.jobName());
            json.put("state", job.status().name());
            json.put("start-time", job.startTimeMillis());
            return json;
        }).toList())));
    }

    private static Map<String, Object> taskManagers(ClusterView cluster) {
        return Map.of("taskmanagers", cluster.taskManagers().stream().map(tm -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", tm.id());
            json.put("slotsNumber", tm.slotsTotal());
            json.put("freeSlots", tm.slotsFree());
            return json;
        }).toList());
    }

    /** Flink's dashboard configuration: what a web UI needs before anything else. */
    private static Map<String, Object> config(ClusterView cluster) {
        TimeZone zone = TimeZone.getDefault();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("refresh-interval", 3000);
        json.put("timezone-name", zone.getDisplayName());
        json.put("timezone-offset", zone.getOffset(System.currentTimeMillis()));
        json.put("timezone-id", ZoneId.systemDefault().getId());
        json.put("flink-version", cluster.version());
        json.put("flink-revision", "unknown");
        json.put("features", Map.of("web-submit", false, "web-cancel", false, "web-rescale", false, "web-history", false));
        return json;
    }
}
