package io.riffle.runtime.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Maps a request (method and path) to its answer, with Flink's paths: a path segment
 * {@code :name} matches any one segment and hands it to the handler by that name; where a literal
 * and a parameter both match ({@code /jobs/overview}, {@code /jobs/:jobid}) the literal wins.
 * Knows nothing of HTTP or Netty. Answers are futures because job data comes from the
 * Dispatcher's main thread; nothing here blocks.
 */
final class RestRouter {

    /** Answers one request; {@code params} holds the path parameters. A thrown exception is answered like a failed future. */
    @FunctionalInterface
    interface Handler {
        CompletableFuture<RestResponse> handle(RestRequest request, Map<String, String> params) throws Exception;
    }

    private record Route(String method, String[] segments, Handler handler) {

        int parameters() {
            int n = 0;
            for (String segment : segments) {
                n += segment.startsWith(":") ? 1 : 0;
            }
            return n;
        }

        Map<String, String> match(String[] path) {
            if (path.length != segments.length) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < path.length; i++) {
                if (segments[i].startsWith(":")) {
                    params.put(segments[i].substring(1), path[i]);
                } else if (!segments[i].equals(path[i])) {
                    return null;
                }
            }
            return params;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    RestRouter add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, segments(pattern), handler));
        return this;
    }

    /** {@code uri} may carry a query string. */
    CompletableFuture<RestResponse> route(String method, String uri) {
        return route(RestRequest.of(method, uri));
    }

    CompletableFuture<RestResponse> route(RestRequest request) {
        String[] path = segments(request.path());
        List<Route> matching = new ArrayList<>();
        int fewestParameters = Integer.MAX_VALUE;
        for (Route route : routes) {
            if (route.match(path) != null) {
                if (route.parameters() < fewestParameters) {
                    matching.clear();
                    fewestParameters = route.parameters();
                }
                if (route.parameters() == fewestParameters) {
                    matching.add(route);
                }
            }
        }
        if (matching.isEmpty()) {
            return CompletableFuture.completedFuture(RestResponse.error(404, "Not found: " + request.path()));
        }
        for (Route route : matching) {
            if (route.method().equals(request.method())) {
                return call(route, request, route.match(path));
            }
        }
        String allow = matching.stream().map(Route::method).distinct().collect(Collectors.joining(", "));
        return CompletableFuture.completedFuture(RestResponse.methodNotAllowed(request.method(), request.path(), allow));
    }

    private static CompletableFuture<RestResponse> call(Route route, RestRequest request, Map<String, String> params) {
        try {
            return route.handler().handle(request, params).exceptionally(RestFailures::toResponse);
        } catch (Exception e) {
            return CompletableFuture.completedFuture(RestFailures.toResponse(e));
        }
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
