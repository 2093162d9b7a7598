package io.riffle.launcher.internal.framework;

import java.util.Set;

/**
 * The start level of each bundle of a run descriptor. Logging comes first, so that no bundle
 * binds SLF4J before its provider is there (SLF4J 2 finds it through SPI Fly) and falls back to a
 * no-op logger. Configuration Admin comes next, then runtime.config, which fills it with the
 * process's configuration, so that every component starts with its configuration in place. The
 * shell comes last, so that typed or piped commands meet running components. Everything else
 * starts in between, in dependency order as the framework resolves it.
 */
public final class StartLevels {

    public static final int LOGGING = 1;
    public static final int CONFIGURATION_ADMIN = 2;
    public static final int CONFIGURATION = 3;
    public static final int RUNTIME = 4;
    public static final int SHELL = 5;

    private static final Set<String> LOGGING_BUNDLES = Set.of("slf4j.api", "slf4j.simple",
            "org.apache.aries.spifly.dynamic.bundle");
    private static final String ASM_PREFIX = "org.objectweb.asm";
    private static final String CONFIGURATION_ADMIN_BUNDLE = "org.apache.felix.configadmin";
    private static final String CONFIGURATION_BUNDLE = "io.riffle.runtime.config";
    private static final String SHELL_BUNDLE = "org.apache.felix.gogo.shell";

    private StartLevels() {
    }

    public static int of(String symbolicName) {
        if (LOGGING_BUNDLES.contains(symbolicName) || symbolicName.startsWith(ASM_PREFIX)) {
            return LOGGING;
        }
        return switch (symbolicName) {
            case CONFIGURATION_ADMIN_BUNDLE -> CONFIGURATION_ADMIN;
            case CONFIGURATION_BUNDLE -> CONFIGURATION;
            case SHELL_BUNDLE -> SHELL;
            default -> RUNTIME;
        };
    }
}
