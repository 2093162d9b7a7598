package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.ConfigKey;
import io.riffle.launcher.internal.config.ConfigKeys;
import io.riffle.launcher.internal.config.InvalidConfigurationException;
import io.riffle.launcher.internal.config.RiffleConfiguration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code riffle config}: the effective configuration as the roles would read it. Without keys it
 * prints every known key as riffle.yaml would set it, with where the value came from; with keys,
 * only their values, one per line, for scripts (bin/start-cluster reads log.dir this way).
 */
@Command(name = "config",
        mixinStandardHelpOptions = true,
        description = {"Verb: print the effective configuration (riffle.yaml, -D overrides, defaults) and where each value "
                + "comes from, or only the values of the given keys. Fails like the roles on a configuration they refuse."})
final class ConfigCommand implements Callable<Integer> {

    @Mixin
    private ConfigOptions config;

    @Parameters(arity = "0..*", paramLabel = "KEY", description = "Keys whose values to print.")
    private List<String> keys = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RiffleConfiguration configuration = config.load();
            if (keys.isEmpty()) {
                out.println("# effective configuration, from " + configuration.source());
                for (ConfigKey key : ConfigKeys.ALL) {
                    out.println(key.key() + ": " + configuration.display(key) + "    # " + configuration.origin(key));
                }
                return 0;
            }
            for (String name : keys) {
                ConfigKey key = ConfigKeys.find(name).orElseThrow(() -> unknown(name));
                out.println(configuration.display(key));
            }
            return 0;
        } catch (InvalidConfigurationException e) {
            err.println("riffle config: " + e.getMessage());
            return 2;
        }
    }

    private static InvalidConfigurationException unknown(String name) {
        Optional<String> nearest = ConfigKeys.nearest(name);
        return new InvalidConfigurationException("unknown configuration key '" + name + "'"
                + nearest.map(known -> "; did you mean '" + known + "'?").orElse(""));
    }
}
