package io.riffle.jobmanager.internal.shell;

import io.riffle.runtime.status.ResourceManagerStatus;
import io.riffle.runtime.status.ResourceProvidersInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands in scope {@code riffle} that show the ResourceManager's state. */
@Component(service = ResourceManagerCommands.class,
        property = {"osgi.command.scope=riffle", "osgi.command.function=providers"})
public final class ResourceManagerCommands {

    private final ResourceManagerStatus status;

    @Activate
    public ResourceManagerCommands(@Reference ResourceManagerStatus status) {
        this.status = status;
    }

    /** {@code riffle:providers}: the configured, the active and all available resource providers. */
    public String providers() {
        return describe(status.resourceProviders());
    }

    static String describe(ResourceProvidersInfo info) {
        return String.join(System.lineSeparator(),
                "configured provider type: " + info.configuredType(),
                "provider in use:          " + info.activeType().orElse("none (worker requests wait)"),
                "available providers:      " + (info.boundTypes().isEmpty() ? "none" : String.join(", ", info.boundTypes())),
                "pending worker requests:  " + info.pendingWorkerRequests());
    }
}
