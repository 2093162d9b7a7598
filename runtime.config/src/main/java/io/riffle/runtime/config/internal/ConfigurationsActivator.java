package io.riffle.runtime.config.internal;

import java.util.List;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the process's configuration into Configuration Admin when this bundle starts.
 *
 * <p>A bundle activator rather than a DS component, on purpose: the launcher starts this bundle
 * at a start level after Configuration Admin and before SCR and the runtime bundles, so that every
 * component is created with its configuration in place (a ResourceManager that never runs with
 * defaults first, an RPC endpoint that binds its configured port once). An activator runs
 * synchronously within its start level, and if it fails, the bundle fails to start and the
 * launcher reports why.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class ConfigurationsActivator implements BundleActivator {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationsActivator.class);

    @Override
    public void start(BundleContext context) {
        String text = context.getProperty(ProcessConfigurations.FRAMEWORK_PROPERTY);
        if (text == null) {
            LOG.debug("no framework property {}: nothing to configure", ProcessConfigurations.FRAMEWORK_PROPERTY);
            return;
        }
        List<PlannedConfiguration> configurations = ProcessConfigurations.parse(text);
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        if (reference == null) {
            throw new IllegalStateException("Configuration Admin is not running: it must start before "
                    + context.getBundle().getSymbolicName() + ", at a lower start level");
        }
        ConfigurationAdmin admin = context.getService(reference);
        try {
            ProcessConfigurations.apply(configurations, admin);
        } finally {
            context.ungetService(reference);
        }
        configurations.forEach(configuration -> LOG.info("configuration {}", configuration));
    }

    @Override
    public void stop(BundleContext context) {
        // the configurations stay in Configuration Admin; they end with the framework's storage
    }
}
