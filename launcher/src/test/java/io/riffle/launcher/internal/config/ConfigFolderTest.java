package io.riffle.launcher.internal.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ConfigFolderTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void theConfOptionComesFirstThenTheEnvironmentThenTheHome() throws Exception {
        Path option = folderWithFile("option");
        Path environment = folderWithFile("environment");
        Path home = temp.newFolder("home").toPath();
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/riffle.yaml"), "");

        assertEquals(Optional.of(option.resolve("riffle.yaml")), ConfigFolder.locate(option, environment.toString(), Optional.of(home)));
        assertEquals(Optional.of(environment.resolve("riffle.yaml")), ConfigFolder.locate(null, environment.toString(), Optional.of(home)));
        assertEquals(Optional.of(home.resolve("conf/riffle.yaml")), ConfigFolder.locate(null, "", Optional.of(home)));
    }

    @Test
    public void withoutAnyFolderTheDefaultsApply() throws Exception {
        assertEquals(Optional.empty(), ConfigFolder.locate(null, null, Optional.empty()));
        assertEquals(Optional.empty(), ConfigFolder.locate(null, null, Optional.of(temp.newFolder("bare-home").toPath())));
    }

    @Test
    public void aFolderNamedExplicitlyMustExistAndHoldRiffleYaml() throws Exception {
        Path missing = temp.getRoot().toPath().resolve("missing");
        InvalidConfigurationException noFolder = assertThrows(InvalidConfigurationException.class,
                () -> ConfigFolder.locate(missing, null, Optional.empty()));
        assertEquals("configuration folder " + ConfigFolder.display(missing) + " (from --conf) does not exist", noFolder.getMessage());

        Path empty = temp.newFolder("empty").toPath();
        InvalidConfigurationException noFile = assertThrows(InvalidConfigurationException.class,
                () -> ConfigFolder.locate(null, empty.toString(), Optional.empty()));
        assertTrue(noFile.getMessage(), noFile.getMessage().endsWith("(from $RIFFLE_CONF_DIR) has no riffle.yaml"));
    }

    private Path folderWithFile(String name) throws Exception {
        Path folder = temp.newFolder(name).toPath();
        Files.writeString(folder.resolve("riffle.yaml"), "");
        return folder;
    }
}
