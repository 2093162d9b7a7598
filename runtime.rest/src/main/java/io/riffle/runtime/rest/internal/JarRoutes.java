package io.riffle.runtime.rest.internal;

import io.riffle.runtime.application.ApplicationRunner;
import io.riffle.runtime.application.JobPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Flink's jar routes, for uploaded job bundles: {@code GET /jars}, {@code DELETE /jars/:jarid},
 * {@code POST /jars/:jarid/run} and {@code GET|POST /jars/:jarid/plan}. The upload itself
 * ({@code POST /jars/upload}) streams and is served by {@link JarUploadHandler}.
 */
final class JarRoutes {

    private final Jars jars;
    private final ApplicationRunner runner;

    private JarRoutes(Jars jars, ApplicationRunner runner) {
        this.jars = jars;
        this.runner = runner;
    }

    static void register(RestRouter router, Jars jars, ApplicationRunner runner) {
        JarRoutes routes = new JarRoutes(jars, runner);
        router.add("GET", "/jars", (request, params) -> CompletableFuture.completedFuture(RestResponse.ok(routes.list())))
                .add("DELETE", "/jars/:jarid", (request, params) -> {
                    jars.delete(params.get("jarid"));
                    return CompletableFuture.completedFuture(RestResponse.ok(Map.of()));
                })
                .add("POST", "/jars/:jarid/run", (request, params) -> routes.run(params.get("jarid"), ProgramOptions.fromJson(request.body())))
                .add("GET", "/jars/:jarid/plan", (request, params) -> routes.plan(params.get("jarid"), ProgramOptions.fromQuery(request)))
                .add("POST", "/jars/:jarid/plan", (request, params) -> routes.plan(params.get("jarid"), ProgramOptions.fromJson(request.body())))
                // registered so that a wrong method on the upload path is a 405, not a 404
                .add("POST", "/jars/upload", (request, params) -> CompletableFuture.completedFuture(
                        RestResponse.error(400, "Bad request: upload the job bundle as multipart/form-data field '"
                                + JarUploadHandler.FIELD + "'")));
    }

    private Map<String, Object> list() {
        return Map.of("files", jars.list().stream().map(jar -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", jar.id());
            json.put("name", jar.name());
            json.put("uploaded", jar.uploaded());
            json.put("entry", jar.mainClass() == null ? List.of() : List.of(entry(jar.mainClass())));
            return json;
        }).toList());
    }

    private static Map<String, Object> entry(String mainClass) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", mainClass);
        json.put("description", null);
        return json;
    }

    private CompletableFuture<RestResponse> run(String jarId, ProgramOptions options) {
        Jars.Jar jar = jars.get(jarId);
        return runner.run(options.toRequest(jar.key())).thenApply(jobId -> RestResponse.ok(Map.of("jobid", jobId.toString())));
    }

    private CompletableFuture<RestResponse> plan(String jarId, ProgramOptions options) {
        Jars.Jar jar = jars.get(jarId);
        return runner.plan(options.toRequest(jar.key())).thenApply(plan -> RestResponse.ok(Map.of("plan", json(plan))));
    }

    static Map<String, Object> json(JobPlan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jid", plan.jobId());
        json.put("name", plan.name());
        json.put("nodes", plan.nodes().stream().map(node -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", node.id());
            n.put("parallelism", node.parallelism());
            n.put("operator", node.operator());
            n.put("operator_strategy", "");
            n.put("description", node.description());
            if (!node.inputs().isEmpty()) {
                n.put("inputs", node.inputs().stream().map(input -> {
                    Map<String, Object> i = new LinkedHashMap<>();
                    i.put("num", input.num());
                    i.put("id", input.id());
                    i.put("ship_strategy", input.shipStrategy());
                    i.put("exchange", input.exchange());
                    return i;
                }).toList());
            }
            return n;
        }).toList());
        return json;
    }
}
