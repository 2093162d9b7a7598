package io.riffle.examples.windowing;

import java.io.Serializable;

/** {@code count} clicks of {@code user} at event time {@code timestamp} (ms). */
public record Click(String user, long timestamp, int count) implements Serializable {

    public Click {
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException("a click needs a user");
        }
        if (count < 1) {
            throw new IllegalArgumentException("a click counts at least 1, got " + count + " for " + user);
        }
    }

    @Override
    public String toString() {
        return user + ": " + count + (count == 1 ? " click" : " clicks") + " at " + timestamp;
    }
}
