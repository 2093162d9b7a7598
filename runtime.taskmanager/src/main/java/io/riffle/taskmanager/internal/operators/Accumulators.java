package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.accumulators.Accumulator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The accumulators the functions of one task registered, reported to the JobMaster when the task ends. */
public final class Accumulators {

    private final Map<String, Accumulator<?, ?>> byName = new LinkedHashMap<>();

    public void add(String name, Accumulator<?, ?> accumulator) {
        if (byName.putIfAbsent(name, accumulator) != null) {
            throw new UnsupportedOperationException("The accumulator '" + name + "' already exists and cannot be added.");
        }
    }

    public Accumulator<?, ?> get(String name) {
        return byName.get(name);
    }

    @SuppressWarnings("unchecked")
    public <A extends Accumulator<?, ?>> A getOrAdd(String name, Class<A> type, java.util.function.Supplier<A> factory) {
        Accumulator<?, ?> existing = byName.computeIfAbsent(name, n -> factory.get());
        if (!type.isInstance(existing)) {
            throw new UnsupportedOperationException("The accumulator '" + name + "' is a " + existing.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return (A) existing;
    }

    public Map<String, Accumulator<?, ?>> snapshot() {
        return Map.copyOf(byName);
    }
}
