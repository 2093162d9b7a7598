package io.riffle.launcher.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class YamlSettingsTest {

    @Test
    public void flattensNestedMappingsWithDotsAndKeepsTheLineOfEachKey() throws Exception {
        List<Setting> settings = YamlSettings.parse("""
                # a comment
                jobmanager.rpc.address: localhost
                taskmanager:
                  numberOfTaskSlots: 4
                  memory:
                    network.size: 128m
                    segment-size: "32k"
                """, "conf/riffle.yaml");

        assertEquals(List.of(
                new Setting("jobmanager.rpc.address", "localhost", "conf/riffle.yaml line 2"),
                new Setting("taskmanager.numberOfTaskSlots", "4", "conf/riffle.yaml line 4"),
                new Setting("taskmanager.memory.network.size", "128m", "conf/riffle.yaml line 6"),
                new Setting("taskmanager.memory.segment-size", "32k", "conf/riffle.yaml line 7")), settings);
    }

    @Test
    public void aFileWithOnlyCommentsHasNoSettings() throws Exception {
        assertEquals(List.of(), YamlSettings.parse("# nothing set\n\n", "riffle.yaml"));
        assertEquals(List.of(), YamlSettings.parse("", "riffle.yaml"));
    }

    @Test
    public void anEmptyValueIsKeptAsNoValue() throws Exception {
        List<Setting> settings = YamlSettings.parse("rest.port:\nlog.dir: ~\n", "riffle.yaml");
        assertNull(settings.get(0).value());
        assertNull(settings.get(1).value());
    }

    @Test
    public void textThatIsNotYamlFailsWithOneLineNamingTheFileAndLine() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> YamlSettings.parse("rest.port: 8081\n  bad: [indent\n", "conf/riffle.yaml"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("conf/riffle.yaml line "));
        assertTrue(e.getMessage(), e.getMessage().contains(": not valid YAML: "));
        assertTrue(e.getMessage(), !e.getMessage().contains("\n"));
    }

    @Test
    public void aListWhereOneValueBelongsIsRefusedWithTheKeyAndLine() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> YamlSettings.parse("rest.port: 8081\nlog.dir:\n  - a\n  - b\n", "conf/riffle.yaml"));
        assertEquals("configuration key 'log.dir' in conf/riffle.yaml line 2 expects a single value, not a list", e.getMessage());
    }

    @Test
    public void aTopLevelThatIsNotAMappingIsRefused() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> YamlSettings.parse("just text\n", "riffle.yaml"));
        assertEquals("riffle.yaml line 1: expected 'key: value' lines, found 'just text'", e.getMessage());
    }
}
