package io.riffle.taskmanager.internal.jobbundle;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The activator of a hostile job bundle in {@link OsgiJobBundleInstallerTest}. */
public final class ThrowingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("this job bundle refuses to start");
    }

    @Override
    public void stop(BundleContext context) {}
}
