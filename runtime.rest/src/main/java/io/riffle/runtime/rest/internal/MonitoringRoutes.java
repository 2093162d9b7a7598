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

/** The read-only cluster routes: {@code /overview}, {@code /jobs/overview}, {@code /taskmanagers}, {@code /config}. */
final class MonitoringRoutes {

    private final ClusterView cluster;

    private MonitoringRoutes(ClusterView cluster) {
        this.cluster = cluster;
    }

    static void register(RestRouter router, ClusterView cluster) {
        MonitoringRoutes routes = new MonitoringRoutes(cluster);
        router.add("GET", "/overview", (request, params) -> routes.overview())
                .add("GET", "/jobs/overview", (request, params) -> routes.jobsOverview())
                .add("GET", "/taskmanagers", (request, params) -> CompletableFuture.completedFuture(RestResponse.ok(routes.taskManagers())))
                .add("GET", "/config", (request, params) -> CompletableFuture.completedFuture(RestResponse.ok(routes.config())));
    }

    private CompletableFuture<RestResponse> overview() {
        List<TaskManagerInfo> taskManagers = cluster.taskManagers();
        return cluster.dispatcher().listJobs().thenApply(jobs -> {
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

    private CompletableFuture<RestResponse> jobsOverview() {
        return cluster.dispatcher().listJobs().thenApply(jobs -> RestResponse.ok(Map.of("jobs", jobs.stream().map(job -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("jid", job.jobId().toString());
            json.put("name", job.jobName() == null ? "" : job.jobName());
            json.put("state", job.status().name());
            json.put("start-time", job.startTimeMillis());
            return json;
        }).toList())));
    }

    private Map<String, Object> taskManagers() {
        return Map.of("taskmanagers", cluster.taskManagers().stream().map(tm -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", tm.id());
            json.put("slotsNumber", tm.slotsTotal());
            json.put("freeSlots", tm.slotsFree());
            // Flink's two views of a TaskManager's memory: its resource profile in MiB, its memory configuration in bytes
            json.put("totalResource", Map.of("managedMemory", tm.managedMemoryBytes() >> 20));
            json.put("memoryConfiguration", Map.of("managedMemory", tm.managedMemoryBytes()));
            return json;
        }).toList());
    }

    /** Flink's dashboard configuration: what a web UI needs before anything else. */
    private Map<String, Object> config() {
        TimeZone zone = TimeZone.getDefault();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("refresh-interval", 3000);
        json.put("timezone-name", zone.getDisplayName());
        json.put("timezone-offset", zone.getOffset(System.currentTimeMillis()));
        json.put("timezone-id", ZoneId.systemDefault().getId());
        json.put("flink-version", cluster.version());
        json.put("flink-revision", "unknown");
        json.put("features", Map.of("web-submit", true, "web-cancel", true, "web-rescale", false, "web-history", false));
        return json;
    }
}
