package io.riffle.runtime.rest.internal;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request as the routes see it: method, path without query, the query's parameters (each name
 * with its values in order) and the body as text ("" when there is none).
 */
record RestRequest(String method, String path, Map<String, List<String>> query, String body) {

    RestRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        body = body == null ? "" : body;
    }

    /** A request without query or body, for tests and simple callers. */
    static RestRequest of(String method, String pathAndQuery) {
        return parse(method, pathAndQuery, "");
    }

    /** Splits {@code uri} into path and decoded query parameters. */
    static RestRequest parse(String method, String uri, String body) {
        QueryStringDecoder decoder = new QueryStringDecoder(uri);
        String path = decoder.path();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new RestRequest(method, path, decoder.parameters(), body);
    }

    /** The first value of a query parameter, or null. */
    String queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
