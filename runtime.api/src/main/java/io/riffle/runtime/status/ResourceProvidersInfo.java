package io.riffle.runtime.status;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The resource providers of a ResourceManager at one moment.
 *
 * @param configuredType the provider type the configuration names
 * @param activeType the type of the provider in use; empty while no provider of the configured type is bound
 * @param boundTypes the types of all bound providers, sorted, one entry per provider service
 * @param pendingWorkerRequests worker requests waiting for a provider of the configured type
 */
public record ResourceProvidersInfo(String configuredType, Optional<String> activeType, List<String> boundTypes,
        int pendingWorkerRequests) {

    public ResourceProvidersInfo {
        Objects.requireNonNull(configuredType, "configuredType");
        Objects.requireNonNull(activeType, "activeType");
        boundTypes = List.copyOf(boundTypes);
        if (pendingWorkerRequests < 0) {
            throw new IllegalArgumentException("pendingWorkerRequests must not be negative");
        }
    }
}
