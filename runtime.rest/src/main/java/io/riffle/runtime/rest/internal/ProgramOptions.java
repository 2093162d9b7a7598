package io.riffle.runtime.rest.internal;

import io.riffle.runtime.application.ApplicationRequest;
import io.riffle.runtime.blob.BlobKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code /jars/:jarid/run} and {@code /plan} read: Flink's {@code entryClass},
 * {@code programArgsList} and {@code parallelism}, from a JSON body or from query parameters
 * ({@code programArg} there is a comma-separated list, as in Flink). Every field is optional; a
 * field of the wrong type is a bad request.
 */
record ProgramOptions(String entryClass, List<String> args, int parallelism) {

    ApplicationRequest toRequest(BlobKey bundle) {
        return new ApplicationRequest(bundle, entryClass, args, parallelism);
    }

    static ProgramOptions fromJson(String body) {
        if (body.isBlank()) {
            return new ProgramOptions(null, List.of(), ApplicationRequest.DEFAULT_PARALLELISM);
        }
        Object json;
        try {
            json = JsonReader.read(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad request: the body is no JSON: " + e.getMessage(), e);
        }
        if (!(json instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException("Bad request: the body must be a JSON object");
        }
        String entryClass = text(fields.get("entryClass"), "entryClass");
        List<String> args = new ArrayList<>();
        Object list = fields.get("programArgsList");
        if (list instanceof List<?> values) {
            for (Object value : values) {
                if (!(value instanceof String arg)) {
                    throw new IllegalArgumentException("Bad request: programArgsList must be a list of strings");
                }
                args.add(arg);
            }
        } else if (list != null) {
            throw new IllegalArgumentException("Bad request: programArgsList must be a list of strings");
        }
        Object parallelism = fields.get("parallelism");
        if (parallelism != null && !(parallelism instanceof Double)) {
            throw new IllegalArgumentException("Bad request: parallelism must be a number");
        }
        return new ProgramOptions(entryClass, args, parallelism(parallelism == null ? null : (Double) parallelism));
    }

    static ProgramOptions fromQuery(RestRequest request) {
        List<String> args = new ArrayList<>();
        for (String list : request.query().getOrDefault("programArg", List.of())) {
            for (String arg : list.split(",")) {
                if (!arg.isEmpty()) {
                    args.add(arg);
                }
            }
        }
        String parallelism = request.queryParameter("parallelism");
        Double value;
        try {
            value = parallelism == null || parallelism.isBlank() ? null : Double.valueOf(parallelism);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Bad request: parallelism must be a number, got '" + parallelism + "'");
        }
        return new ProgramOptions(request.queryParameter("entryClass"), args, parallelism(value));
    }

    private static String text(Object value, String field) {
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("Bad request: " + field + " must be a string");
        }
        return (String) value;
    }

    /** Flink sends null, -1 or nothing for "the cluster's default"; anything else must be a positive whole number. */
    private static int parallelism(Double value) {
        if (value == null || value == ApplicationRequest.DEFAULT_PARALLELISM) {
            return ApplicationRequest.DEFAULT_PARALLELISM;
        }
        if (value < 1 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Bad request: parallelism must be a positive whole number, got " + value);
        }
        return value.intValue();
    }
}
