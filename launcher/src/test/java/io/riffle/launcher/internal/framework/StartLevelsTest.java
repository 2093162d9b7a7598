package io.riffle.launcher.internal.framework;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class StartLevelsTest {

    @Test
    public void loggingStartsFirstTheShellLastAndEverythingElseBetween() {
        assertEquals(StartLevels.LOGGING, StartLevels.of("slf4j.api"));
        assertEquals(StartLevels.LOGGING, StartLevels.of("slf4j.simple"));
        assertEquals(StartLevels.LOGGING, StartLevels.of("org.apache.aries.spifly.dynamic.bundle"));
        assertEquals(StartLevels.LOGGING, StartLevels.of("org.objectweb.asm.tree.analysis"));
        assertEquals(StartLevels.SHELL, StartLevels.of("org.apache.felix.gogo.shell"));
        assertEquals(StartLevels.RUNTIME, StartLevels.of("org.apache.felix.gogo.runtime"));
        assertEquals(StartLevels.RUNTIME, StartLevels.of("io.riffle.runtime.jobmanager"));
        assertEquals(StartLevels.RUNTIME, StartLevels.of("org.apache.felix.scr"));
    }

    @Test
    public void theConfigurationIsInConfigurationAdminBeforeAnyComponentStarts() {
        assertEquals(StartLevels.CONFIGURATION_ADMIN, StartLevels.of("org.apache.felix.configadmin"));
        assertEquals(StartLevels.CONFIGURATION, StartLevels.of("io.riffle.runtime.config"));
        assertTrue(StartLevels.LOGGING < StartLevels.CONFIGURATION_ADMIN);
        assertTrue(StartLevels.CONFIGURATION_ADMIN < StartLevels.CONFIGURATION);
        assertTrue(StartLevels.CONFIGURATION < StartLevels.RUNTIME);
        assertTrue(StartLevels.RUNTIME < StartLevels.SHELL);
    }
}
