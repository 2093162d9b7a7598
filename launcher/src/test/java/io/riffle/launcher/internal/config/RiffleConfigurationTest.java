package io.riffle.launcher.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class RiffleConfigurationTest {

    private static final String FILE = "conf/riffle.yaml";

    @Test
    public void everyKeyHasItsDefaultWhenNothingIsSet() throws Exception {
        RiffleConfiguration configuration = RiffleConfiguration.of(List.of(), Map.of(), "built-in defaults");

        assertEquals("localhost", configuration.value(ConfigKeys.JOBMANAGER_RPC_ADDRESS));
        assertEquals(6123, configuration.intValue(ConfigKeys.JOBMANAGER_RPC_PORT));
        assertEquals(1, configuration.intValue(ConfigKeys.TASK_SLOTS));
        assertEquals("64m", configuration.display(ConfigKeys.NETWORK_MEMORY));
        assertEquals(32L * 1024, configuration.value(ConfigKeys.SEGMENT_SIZE));
        assertEquals(1_000L, configuration.value(ConfigKeys.HEARTBEAT_INTERVAL));
        assertEquals("5 s", configuration.display(ConfigKeys.HEARTBEAT_TIMEOUT));
        assertEquals(1, configuration.intValue(ConfigKeys.DEFAULT_PARALLELISM));
        assertEquals("standalone", configuration.value(ConfigKeys.PROVIDER_TYPE));
        assertEquals(8081, configuration.intValue(ConfigKeys.REST_PORT));
        assertEquals("log", configuration.value(ConfigKeys.LOG_DIR));
        assertEquals("default", configuration.origin(ConfigKeys.REST_PORT));
        assertEquals("built-in defaults", configuration.source());
    }

    @Test
    public void valuesOfTheFileAreReadAsTheirKeysTypes() throws Exception {
        RiffleConfiguration configuration = RiffleConfiguration.of(List.of(
                setting("taskmanager.numberOfTaskSlots", "4", 3),
                setting("taskmanager.memory.network.size", "0.5 g", 4),
                setting("heartbeat.timeout", "2min", 5)), Map.of(), FILE);

        assertEquals(4, configuration.intValue(ConfigKeys.TASK_SLOTS));
        assertEquals("512m", configuration.display(ConfigKeys.NETWORK_MEMORY));
        assertEquals("512m", configuration.frameworkValue(ConfigKeys.NETWORK_MEMORY));
        assertEquals(120_000L, configuration.frameworkValue(ConfigKeys.HEARTBEAT_TIMEOUT));
        assertEquals("2 min", configuration.display(ConfigKeys.HEARTBEAT_TIMEOUT));
        assertEquals("conf/riffle.yaml line 3", configuration.origin(ConfigKeys.TASK_SLOTS));
    }

    @Test
    public void anUnknownKeyIsNamedWithItsLineAndTheNearestKnownKey() {
        assertRefused("unknown configuration key 'taskmanager.numberOfTaskSlot' in conf/riffle.yaml line 12; "
                + "did you mean 'taskmanager.numberOfTaskSlots'?", setting("taskmanager.numberOfTaskSlot", "4", 12));
    }

    @Test
    public void anUnknownKeyWithNoNearOneSaysWhereTheKnownKeysAreListed() {
        assertRefused("unknown configuration key 'state.backend.type' in conf/riffle.yaml line 2; "
                + "'riffle config' lists the known keys", setting("state.backend.type", "rocksdb", 2));
    }

    @Test
    public void aValueOfTheWrongTypeNamesTheKeyLineAndWhatIsExpected() {
        assertRefused("configuration key 'taskmanager.numberOfTaskSlots' in conf/riffle.yaml line 3: 'four' is not an integer",
                setting("taskmanager.numberOfTaskSlots", "four", 3));
        assertRefused("configuration key 'heartbeat.interval' in conf/riffle.yaml line 7: 'soon' is not a duration "
                + "(a number with ms, s, min or h, e.g. 5 s)", setting("heartbeat.interval", "soon", 7));
        assertRefused("configuration key 'taskmanager.memory.network.size' in conf/riffle.yaml line 1: '64 parsecs' is not "
                + "a memory size (a number with an optional unit b, k, m, g or t, powers of 1024, e.g. 64m)",
                setting("taskmanager.memory.network.size", "64 parsecs", 1));
    }

    @Test
    public void aValueOutOfRangeSaysTheRange() {
        assertRefused("configuration key 'jobmanager.rpc.port' in conf/riffle.yaml line 4: 70000 is out of range: "
                + "expected 0 to 65535", setting("jobmanager.rpc.port", "70000", 4));
        assertRefused("configuration key 'taskmanager.numberOfTaskSlots' in conf/riffle.yaml line 4: 0 is out of range: "
                + "expected at least 1", setting("taskmanager.numberOfTaskSlots", "0", 4));
        assertRefused("configuration key 'taskmanager.memory.segment-size' in conf/riffle.yaml line 4: 128m is out of range: "
                + "expected 1k to 64m", setting("taskmanager.memory.segment-size", "128m", 4));
    }

    @Test
    public void aKeyWithoutAValueIsRefused() {
        assertRefused("configuration key 'rest.port' in conf/riffle.yaml line 9 has no value: expected an integer",
                setting("rest.port", null, 9));
    }

    @Test
    public void aKeySetTwiceInTheFileIsRefusedWithBothLines() {
        assertRefused("configuration key 'rest.port' is set twice: in conf/riffle.yaml line 2 and in conf/riffle.yaml line 8",
                setting("rest.port", "1", 2), setting("rest.port", "2", 8));
    }

    @Test
    public void overridesWinOverTheFileAndAreCheckedLikeIt() throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("rest.port", "9000");
        RiffleConfiguration configuration = RiffleConfiguration.of(List.of(setting("rest.port", "8082", 2)), overrides, FILE);
        assertEquals(9000, configuration.intValue(ConfigKeys.REST_PORT));
        assertEquals("-D rest.port=9000", configuration.origin(ConfigKeys.REST_PORT));
        assertEquals("conf/riffle.yaml and 1 -D override", configuration.source());

        InvalidConfigurationException unknown = assertThrows(InvalidConfigurationException.class,
                () -> RiffleConfiguration.of(List.of(), Map.of("rest.prot", "1"), FILE));
        assertEquals("unknown configuration key 'rest.prot' in -D rest.prot=1; did you mean 'rest.port'?", unknown.getMessage());

        InvalidConfigurationException wrongType = assertThrows(InvalidConfigurationException.class,
                () -> RiffleConfiguration.of(List.of(), Map.of("parallelism.default", "many"), FILE));
        assertEquals("configuration key 'parallelism.default' in -D parallelism.default=many: 'many' is not an integer",
                wrongType.getMessage());
    }

    @Test
    public void theHeartbeatTimeoutMustBeLongerThanTheInterval() {
        assertRefused("heartbeat.timeout must be longer than heartbeat.interval: 5 s (default) is not longer than "
                + "10 s (conf/riffle.yaml line 6)", setting("heartbeat.interval", "10 s", 6));
    }

    @Test
    public void networkMemoryMustHoldEnoughBuffers() {
        assertRefused("taskmanager.memory.network.size must hold at least 16 buffers of taskmanager.memory.segment-size: "
                + "64m (default) holds 8 of 8m (conf/riffle.yaml line 2)", setting("taskmanager.memory.segment-size", "8m", 2));
    }

    private static Setting setting(String key, String value, int line) {
        return new Setting(key, value, FILE + " line " + line);
    }

    private static void assertRefused(String message, Setting... settings) {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> RiffleConfiguration.of(List.of(settings), Map.of(), FILE));
        assertEquals(message, e.getMessage());
    }
}
