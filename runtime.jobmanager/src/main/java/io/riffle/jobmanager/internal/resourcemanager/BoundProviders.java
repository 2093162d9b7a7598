package io.riffle.jobmanager.internal.resourcemanager;

import io.riffle.runtime.provider.ResourceProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The resource provider services bound right now, and which of them serves a given type. */
final class BoundProviders {

    private final List<BoundProvider> bound = new ArrayList<>();

    void add(BoundProvider provider) {
        remove(provider.provider());
        bound.add(provider);
    }

    void remove(ResourceProvider provider) {
        bound.removeIf(b -> b.provider() == provider);
    }

    /** The provider of that type that comes first in service order. */
    Optional<BoundProvider> best(String type) {
        return bound.stream().filter(b -> b.type().equals(type)).min(BoundProvider.SERVICE_ORDER);
    }

    /** The types of all bound providers, sorted, one entry per service. */
    List<String> types() {
        return bound.stream().map(BoundProvider::type).sorted().toList();
    }
}
