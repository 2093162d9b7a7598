package io.riffle.runtime.rest.internal;

import java.util.List;
import java.util.Map;

/** One answer of the REST API: an HTTP status and a JSON body; {@code allow} names the methods for a 405. */
record RestResponse(int status, String body, String allow) {

    static RestResponse ok(Object json) {
        return new RestResponse(200, Json.write(json), null);
    }

    /** Flink's error shape: {@code {"errors":["..."]}}. */
    static RestResponse error(int status, String message) {
        return new RestResponse(status, Json.write(Map.of("errors", List.of(message))), null);
    }

    static RestResponse methodNotAllowed(String method, String path, String allow) {
        return new RestResponse(405, error(405, "Method " + method + " not allowed for " + path).body(), allow);
    }
}
