package io.riffle.launcher.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.Test;

public class FrameworkConfigurationTest {

    @Test
    public void theJobManagerGetsTheClusterAndResourceManagerConfigurationsAndTheDefaultParallelism() throws Exception {
        RiffleConfiguration configuration = RiffleConfiguration.of(List.of(), Map.of("resourcemanager.provider.type", "kubernetes",
                "parallelism.default", "4"), "riffle.yaml");

        FrameworkConfiguration framework = FrameworkConfiguration.of(configuration, Role.JOBMANAGER, null);

        assertEquals(Map.of("provider.type", "kubernetes"), framework.configurations().get("io.riffle.resourcemanager"));
        assertEquals(Map.of("jobmanager.rpc.address", "localhost", "jobmanager.rpc.port", 6123, "heartbeat.interval", 1_000L,
                "heartbeat.timeout", 5_000L, "rest.port", 8081, "restart-strategy.type", "none", "restart-strategy.fixed-delay.attempts", 1,
                "restart-strategy.fixed-delay.delay", 1_000L, "slot.request.timeout", 300_000L, "rest.server.max-content-length",
                104_857_600), framework.configurations().get("io.riffle.cluster"));
        assertEquals(Map.of("blob.storage.directory", System.getProperty("java.io.tmpdir")),
                framework.configurations().get("io.riffle.blob"));
        assertEquals(3, framework.configurations().size());
        assertEquals("4", framework.frameworkProperties().get("riffle.parallelism.default"));
    }

    @Test
    public void theTaskManagerGetsOneTaskExecutorConfigurationNamedAfterIt() throws Exception {
        RiffleConfiguration configuration = RiffleConfiguration.of(List.of(),
                Map.of("taskmanager.numberOfTaskSlots", "3", "taskmanager.data.port", "6121"), "riffle.yaml");

        FrameworkConfiguration framework = FrameworkConfiguration.of(configuration, Role.TASKMANAGER, "taskmanager-h-1");

        assertEquals(Map.of("resource.id", "taskmanager-h-1", "slots", 3, "network.memory", "64m", "network.segment.size", "32k",
                "managed.memory", "128m", "data.port", 6121, "network.buffers.per.channel", 4, "network.floating.buffers.per.gate", 16),
                framework.configurations().get("io.riffle.taskexecutor~taskmanager-h-1"));
        assertEquals(Map.of("jobmanager.rpc.address", "localhost", "jobmanager.rpc.port", 6123, "heartbeat.interval", 1_000L,
                "heartbeat.timeout", 5_000L), framework.configurations().get("io.riffle.cluster"));
        assertFalse("JobManager settings stay out", framework.configurations().containsKey("io.riffle.resourcemanager"));
        assertFalse(framework.frameworkProperties().containsKey("riffle.parallelism.default"));
        assertEquals("127.0.0.1", framework.frameworkProperties().get("riffle.taskmanager.host"));
    }

    @Test
    public void configurationsTravelAsPropertiesTextWithTypedValues() {
        Map<String, Map<String, Object>> configurations = new TreeMap<>();
        configurations.put("io.riffle.cluster", new TreeMap<>(Map.of("heartbeat.interval", 1000L, "jobmanager.rpc.address", "localhost")));
        configurations.put("io.riffle.taskexecutor~taskmanager-h-0", new TreeMap<>(Map.of("network.memory", "64m", "slots", 4)));

        // the text runtime.config's ProcessConfigurationsTest reads
        assertEquals("""
                io.riffle.cluster/heartbeat.interval=Long\\:1000
                io.riffle.cluster/jobmanager.rpc.address=String\\:localhost
                io.riffle.taskexecutor~taskmanager-h-0/network.memory=String\\:64m
                io.riffle.taskexecutor~taskmanager-h-0/slots=Integer\\:4
                """, FrameworkConfiguration.encode(configurations));
    }

    @Test
    public void anyTextSurvivesTheTripThroughPropertiesFormat() throws Exception {
        String awkward = " lead = a:b #c !d \\e\tf\ng é€";
        String text = FrameworkConfiguration.encode(Map.of("p i d", Map.of("k=e:y", awkward)));

        Properties read = new Properties();
        read.load(new StringReader(text));

        assertEquals("String:" + awkward, read.getProperty("p i d/k=e:y"));
        assertEquals(1, read.size());
    }
}
