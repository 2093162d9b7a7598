package io.riffle.launcher.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Test;

public class ConfigKeysTest {

    @Test
    public void suggestsTheKnownKeyATypoWasMeantToBe() {
        assertEquals(Optional.of("taskmanager.numberOfTaskSlots"), ConfigKeys.nearest("taskmanager.numberOfTaskSlot"));
        assertEquals(Optional.of("taskmanager.numberOfTaskSlots"), ConfigKeys.nearest("taskmanager.numberoftaskslots"));
        assertEquals(Optional.of("rest.port"), ConfigKeys.nearest("rest.prot"));
        assertEquals(Optional.of("heartbeat.timeout"), ConfigKeys.nearest("heartbeat.timout"));
    }

    @Test
    public void suggestsTheFullKeyForOneWrittenWithoutItsPrefix() {
        assertEquals(Optional.of("taskmanager.numberOfTaskSlots"), ConfigKeys.nearest("numberOfTaskSlots"));
        assertEquals(Optional.of("taskmanager.memory.segment-size"), ConfigKeys.nearest("segment-size"));
    }

    @Test
    public void suggestsNothingForAKeyUnlikeAnyKnownOne() {
        assertEquals(Optional.empty(), ConfigKeys.nearest("state.backend.type"));
        assertEquals(Optional.empty(), ConfigKeys.nearest("x"));
    }

    @Test
    public void keysAreUniqueAndEveryDefaultIsAValidValue() {
        assertEquals(ConfigKeys.ALL.size(), ConfigKeys.ALL.stream().map(ConfigKey::key).collect(Collectors.toSet()).size());
        for (ConfigKey key : ConfigKeys.ALL) {
            assertTrue(key.key(), key.defaultParsed() != null);
            assertTrue(key.key() + " is described", !key.description().isBlank());
        }
    }

    @Test
    public void editDistanceCountsSingleCharacterEdits() {
        assertEquals(0, ConfigKeys.editDistance("abc", "abc"));
        assertEquals(1, ConfigKeys.editDistance("abc", "abd"));
        assertEquals(1, ConfigKeys.editDistance("abc", "ab"));
        assertEquals(2, ConfigKeys.editDistance("port", "prot"));
        assertEquals(3, ConfigKeys.editDistance("", "abc"));
    }
}
