package io.riffle.jobmanager.internal.resourcemanager;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the ResourceManager (PID {@value ResourceManager#PID}). */
@ObjectClassDefinition(
        name = "Riffle ResourceManager",
        description = "Chooses the resource provider that starts and stops TaskManagers for this JobManager.")
public @interface ResourceManagerConfiguration {

    String DEFAULT_PROVIDER_TYPE = "standalone";
    int DEFAULT_PENDING_WORKER_REQUESTS_MAX = 1000;

    @AttributeDefinition(
            name = "Resource provider type",
            description = "The type of the resource provider to use, as its service property "
                    + "riffle.resource.provider.type names it: standalone, kubernetes, yarn or mesos. "
                    + "Worker requests wait while no provider of this type is bound.")
    String provider_type() default DEFAULT_PROVIDER_TYPE;

    @AttributeDefinition(
            name = "Maximum pending worker requests",
            description = "How many worker requests may wait for a provider of the configured type; "
                    + "further requests fail at once.",
            min = "1")
    int pending_worker_requests_max() default DEFAULT_PENDING_WORKER_REQUESTS_MAX;
}
