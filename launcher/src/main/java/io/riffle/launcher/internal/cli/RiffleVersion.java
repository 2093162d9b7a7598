package io.riffle.launcher.internal.cli;

import picocli.CommandLine.IVersionProvider;

/** The version riffle.jar was built as, from its manifest. */
final class RiffleVersion implements IVersionProvider {

    static String version() {
        String version = RiffleVersion.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Riffle " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
