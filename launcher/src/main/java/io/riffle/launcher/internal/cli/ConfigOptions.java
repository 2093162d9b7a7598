package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.ConfigFolder;
import io.riffle.launcher.internal.config.InvalidConfigurationException;
import io.riffle.launcher.internal.config.RiffleConfiguration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of every command that reads riffle.yaml: where it is, and keys set over it. */
final class ConfigOptions {

    @Option(names = "--conf", paramLabel = "DIR",
            description = "Folder with riffle.yaml (default: $RIFFLE_CONF_DIR, else conf/ next to bin/).")
    private Path folder;

    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Sets a configuration key over riffle.yaml; repeatable.")
    private Map<String, String> overrides = new LinkedHashMap<>();

    RiffleConfiguration load() throws InvalidConfigurationException {
        return RiffleConfiguration.load(ConfigFolder.locate(folder, System.getenv(ConfigFolder.ENVIRONMENT_VARIABLE),
                ConfigFolder.home()), overrides);
    }
}
