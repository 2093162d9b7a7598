package io.riffle.jobmanager.internal.resourcemanager;

import io.riffle.runtime.provider.ResourceProvider;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Constants;

/** A bound {@link ResourceProvider} service with the properties that decide whether it is used. */
record BoundProvider(ResourceProvider provider, String type, int ranking, long serviceId) {

    /** The usual OSGi service order: highest ranking first, then the one registered first. */
    static final Comparator<BoundProvider> SERVICE_ORDER = Comparator.comparingInt(BoundProvider::ranking).reversed()
            .thenComparingLong(BoundProvider::serviceId);

    /** Reads the service properties; empty if the service does not name its type. */
    static Optional<BoundProvider> of(ResourceProvider provider, Map<String, ?> properties) {
        if (!(properties.get(ResourceProvider.TYPE_PROPERTY) instanceof String type) || type.isBlank()) {
            return Optional.empty();
        }
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        long serviceId = properties.get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE;
        return Optional.of(new BoundProvider(provider, type.strip(), ranking, serviceId));
    }

    @Override
    public String toString() {
        return "'" + type + "' (service " + serviceId + ")";
    }
}
