package io.riffle.launcher.internal.cli;

import java.util.List;

/** The JSON body of Flink's {@code /jars/:jarid/run} and {@code /plan}: entryClass, programArgsList, parallelism. */
final class ProgramBody {

    private ProgramBody() {
    }

    static String json(String entryClass, List<String> args, Integer parallelism) {
        StringBuilder json = new StringBuilder("{");
        if (entryClass != null) {
            json.append("\"entryClass\":").append(string(entryClass)).append(',');
        }
        if (parallelism != null) {
            json.append("\"parallelism\":").append(parallelism).append(',');
        }
        json.append("\"programArgsList\":[");
        for (int i = 0; i < args.size(); i++) {
            json.append(i == 0 ? "" : ",").append(string(args.get(i)));
        }
        return json.append("]}").toString();
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
