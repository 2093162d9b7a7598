package io.riffle.runtime.config.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ProcessConfigurationsTest {

    /** What the launcher writes for a TaskManager (its LaunchConfigurationTest checks the same text). */
    private static final String TASK_MANAGER = """
            io.riffle.cluster/heartbeat.interval=Long\\:1000
            io.riffle.cluster/jobmanager.rpc.address=String\\:localhost
            io.riffle.taskexecutor~taskmanager-h-0/network.memory=String\\:64m
            io.riffle.taskexecutor~taskmanager-h-0/slots=Integer\\:4
            """;

    @Test
    public void readsSingletonAndNamedFactoryConfigurationsWithTypedValues() {
        List<PlannedConfiguration> configurations = ProcessConfigurations.parse(TASK_MANAGER);

        assertEquals(2, configurations.size());
        PlannedConfiguration cluster = configurations.get(0);
        assertEquals("io.riffle.cluster", cluster.pid());
        assertNull(cluster.factoryName());
        assertEquals(Map.of("heartbeat.interval", 1000L, "jobmanager.rpc.address", "localhost"), cluster.properties());
        PlannedConfiguration taskExecutor = configurations.get(1);
        assertEquals("io.riffle.taskexecutor", taskExecutor.pid());
        assertEquals("taskmanager-h-0", taskExecutor.factoryName());
        assertEquals(Map.of("network.memory", "64m", "slots", 4), taskExecutor.properties());
    }

    @Test
    public void keepsEverythingAfterTheTypeInTheValue() {
        PlannedConfiguration only = ProcessConfigurations.parse("a/path=String\\:/var/log\\:x y\n").get(0);
        assertEquals("/var/log:x y", only.properties().get("path"));
    }

    @Test
    public void rejectsAnEntryWithoutPidOrTypeNamingTheEntry() {
        IllegalArgumentException noPid = assertThrows(IllegalArgumentException.class,
                () -> ProcessConfigurations.parse("slots=Integer\\:4\n"));
        assertTrue(noPid.getMessage(), noPid.getMessage().contains("entry 'slots' is not <pid>/<property>"));

        IllegalArgumentException noType = assertThrows(IllegalArgumentException.class,
                () -> ProcessConfigurations.parse("a/slots=4\n"));
        assertTrue(noType.getMessage(), noType.getMessage().contains("entry 'a/slots' has the value '4'"));

        IllegalArgumentException badNumber = assertThrows(IllegalArgumentException.class,
                () -> ProcessConfigurations.parse("a/slots=Integer\\:four\n"));
        assertTrue(badNumber.getMessage(), badNumber.getMessage().contains("entry 'a/slots' has the value 'Integer:four'"));
    }

    @Test
    public void storesEachConfigurationOnceAndLeavesEqualOnesAlone() {
        TestingConfigurationAdmin admin = new TestingConfigurationAdmin();
        List<PlannedConfiguration> configurations = ProcessConfigurations.parse(TASK_MANAGER);

        ProcessConfigurations.apply(configurations, admin.admin());
        ProcessConfigurations.apply(configurations, admin.admin());

        assertEquals(2, admin.updates);
        assertEquals(Map.of("network.memory", "64m", "slots", 4), admin.stored.get("io.riffle.taskexecutor~taskmanager-h-0"));
        assertEquals("localhost", admin.stored.get("io.riffle.cluster").get("jobmanager.rpc.address"));
    }
}
