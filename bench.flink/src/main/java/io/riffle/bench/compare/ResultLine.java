package io.riffle.bench.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code key=value} fields of a {@code RESULT} (or {@code CEILING}) line, the one line each
 * benchmark JVM prints: {@code RESULT job=chain n=1000 p=2 seconds=0.41 rps=2439 digest=500/375250 ...}.
 */
record ResultLine(Map<String, String> fields) {

    ResultLine {
        fields = Map.copyOf(fields);
    }

    /** The last line of {@code output} that starts with {@code tag} and a space, parsed. */
    static Optional<ResultLine> find(String tag, String output) {
        String found = null;
        for (String line : output.split("\n")) {
            if (line.startsWith(tag + " ")) {
                found = line;
            }
        }
        return Optional.ofNullable(found).map(line -> parse(line.substring(tag.length() + 1)));
    }

    static ResultLine parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : text.trim().split("\\s+")) {
            int equals = field.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("not a key=value field: '" + field + "' in '" + text + "'");
            }
            fields.put(field.substring(0, equals), field.substring(equals + 1));
        }
        return new ResultLine(fields);
    }

    String text(String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the result has no field '" + key + "': " + fields);
        }
        return value;
    }

    double number(String key) {
        try {
            return Double.parseDouble(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + key + "' is not a number: " + fields, e);
        }
    }
}
