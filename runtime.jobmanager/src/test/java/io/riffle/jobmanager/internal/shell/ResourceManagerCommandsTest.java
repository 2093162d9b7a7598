package io.riffle.jobmanager.internal.shell;

import static org.junit.Assert.assertEquals;

import io.riffle.runtime.status.ResourceProvidersInfo;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ResourceManagerCommandsTest {

    @Test
    public void describesTheProviderInUseAndTheAvailableOnes() {
        String text = ResourceManagerCommands.describe(
                new ResourceProvidersInfo("standalone", Optional.of("standalone"), List.of("standalone", "yarn"), 0));
        assertEquals(List.of(
                "configured provider type: standalone",
                "provider in use:          standalone",
                "available providers:      standalone, yarn",
                "pending worker requests:  0"), text.lines().toList());
    }

    @Test
    public void saysWhenNoProviderIsInUse() {
        String text = ResourceManagerCommands.describe(new ResourceProvidersInfo("yarn", Optional.empty(), List.of(), 3));
        assertEquals("provider in use:          none (worker requests wait)", text.lines().toList().get(1));
        assertEquals("available providers:      none", text.lines().toList().get(2));
    }
}
