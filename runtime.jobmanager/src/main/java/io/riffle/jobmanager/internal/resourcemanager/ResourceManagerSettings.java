package io.riffle.jobmanager.internal.resourcemanager;

/**
 * Validated ResourceManager configuration. The OSGi wiring builds it from
 * {@link ResourceManagerConfiguration}; the embedded wiring builds it directly.
 *
 * @param providerType the type of the provider to use
 * @param pendingWorkerRequestsMax how many worker requests may wait for that provider
 */
public record ResourceManagerSettings(String providerType, int pendingWorkerRequestsMax) {

    public static final ResourceManagerSettings DEFAULTS = new ResourceManagerSettings(
            ResourceManagerConfiguration.DEFAULT_PROVIDER_TYPE,
            ResourceManagerConfiguration.DEFAULT_PENDING_WORKER_REQUESTS_MAX);

    public ResourceManagerSettings {
        if (providerType == null || providerType.isBlank()) {
            throw new IllegalArgumentException("ResourceManager configuration: provider.type must name a provider type"
                    + " such as standalone, kubernetes, yarn or mesos");
        }
        providerType = providerType.strip();
        if (pendingWorkerRequestsMax < 1) {
            throw new IllegalArgumentException("ResourceManager configuration: pending.worker.requests.max must be"
                    + " at least 1, got " + pendingWorkerRequestsMax);
        }
    }

    public static ResourceManagerSettings from(ResourceManagerConfiguration configuration) {
        return new ResourceManagerSettings(configuration.provider_type(), configuration.pending_worker_requests_max());
    }
}
