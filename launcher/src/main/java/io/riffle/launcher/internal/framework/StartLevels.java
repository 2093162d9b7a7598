package io.riffle.launcher.internal.framework;

import java.util.Set;

/**
 * The start level of each bundle of a run descriptor. Logging comes first, so that no bundle
 * binds SLF4J before its provider is there (SLF4J 2 finds it through SPI Fly) and falls back to a
 * no-op logger. The shell comes last, so that typed or piped commands meet running components.
 * Everything else starts in between, in dependency order as the framework resolves it.
 */
public final class StartLevels {

    public static final int LOGGING = 1;
    public static final int RUNTIME = 2;
    public static final int SHELL = 3;

    private static final Set<String> LOGGING_BUNDLES = Set.of("slf4j.api", "slf4j.simple",
            "org.apache.aries.spifly.dynamic.bundle");
    private static final String ASM_PREFIX = "org.objectweb.asm";
    private static final String SHELL_BUNDLE = "org.apache.felix.gogo.shell";

    private StartLevels() {
    }

    public static int of(String symbolicName) {
        if (LOGGING_BUNDLES.contains(symbolicName) || symbolicName.startsWith(ASM_PREFIX)) {
            return LOGGING;
        }
        return SHELL_BUNDLE.equals(symbolicName) ? SHELL : RUNTIME;
    }
}
