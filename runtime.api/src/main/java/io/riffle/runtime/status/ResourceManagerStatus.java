package io.riffle.runtime.status;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The state of the ResourceManager, registered as a service while the ResourceManager is active. */
@ProviderType
public interface ResourceManagerStatus {

    /** Which resource providers are bound, which one is configured, and which one is in use. */
    ResourceProvidersInfo resourceProviders();

    /** The registered TaskManagers and their slots, in registration order; a snapshot, never null. */
    List<TaskManagerInfo> taskManagers();
}
