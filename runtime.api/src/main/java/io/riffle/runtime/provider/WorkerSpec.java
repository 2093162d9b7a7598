package io.riffle.runtime.provider;

import java.util.Objects;

/**
 * What one worker must offer: its resources as a whole and how many task slots it divides them into.
 *
 * @param profile the resources of the whole worker
 * @param slots the number of task slots, at least 1; each slot gets an equal share of the managed memory
 */
public record WorkerSpec(ResourceProfile profile, int slots) {

    public WorkerSpec {
        Objects.requireNonNull(profile, "profile");
        if (slots < 1) {
            throw new IllegalArgumentException("a worker needs at least 1 slot, got " + slots);
        }
    }
}
