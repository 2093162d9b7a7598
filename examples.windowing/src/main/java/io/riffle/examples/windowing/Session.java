package io.riffle.examples.windowing;

import java.io.Serializable;

/** The {@code count} clicks of {@code user} in one session window {@code [start, end)} (ms). */
public record Session(String user, long start, long end, int count) implements Serializable {

    public Session {
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException("a session needs a user");
        }
        if (end <= start) {
            throw new IllegalArgumentException("a session ends after it starts, got [" + start + ", " + end + ") for " + user);
        }
    }

    @Override
    public String toString() {
        return user + ": session [" + start + ", " + end + "), " + count + (count == 1 ? " click" : " clicks");
    }
}
