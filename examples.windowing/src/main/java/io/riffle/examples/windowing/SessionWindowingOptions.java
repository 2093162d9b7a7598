package io.riffle.examples.windowing;

import java.util.OptionalInt;

/**
 * The command line of {@link SessionWindowing}: {@code [--gap <ms>] [--parallelism <n>]}.
 *
 * @param gapMillis the session gap, positive
 * @param parallelism the job's parallelism, or empty for the environment's default
 */
record SessionWindowingOptions(long gapMillis, OptionalInt parallelism) {

    /** The gap with which the built-in clicks show a session bridged by a late (but not too late) click. */
    static final long DEFAULT_GAP_MILLIS = 3;

    SessionWindowingOptions {
        if (gapMillis < 1) {
            throw new IllegalArgumentException("--gap must be at least 1 ms, got " + gapMillis);
        }
        if (parallelism.isPresent() && parallelism.getAsInt() < 1) {
            throw new IllegalArgumentException("--parallelism must be at least 1, got " + parallelism.getAsInt());
        }
    }

    /** @throws IllegalArgumentException naming the argument that is unknown, lacks its value or is no whole number */
    static SessionWindowingOptions fromArgs(String[] args) {
        long gap = DEFAULT_GAP_MILLIS;
        OptionalInt parallelism = OptionalInt.empty();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!name.equals("--gap") && !name.equals("--parallelism")) {
                throw new IllegalArgumentException("unknown argument '" + name + "'; usage: SessionWindowing [--gap <ms>] [--parallelism <n>]");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            long value = parseWholeNumber(name, args[i + 1]);
            if (name.equals("--gap")) {
                gap = value;
            } else if (value == (int) value) {
                parallelism = OptionalInt.of((int) value);
            } else {
                throw new IllegalArgumentException("--parallelism is out of range: " + value);
            }
        }
        return new SessionWindowingOptions(gap, parallelism);
    }

    private static long parseWholeNumber(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
        }
    }
}
