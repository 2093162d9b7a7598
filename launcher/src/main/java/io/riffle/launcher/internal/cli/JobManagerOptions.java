package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.ConfigKeys;
import io.riffle.launcher.internal.config.InvalidConfigurationException;
import io.riffle.launcher.internal.config.RiffleConfiguration;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every client verb: where the JobManager's REST API is, and whether to show stack traces. */
final class JobManagerOptions {

    @Mixin
    private ConfigOptions config;

    @Option(names = {"-m", "--jobmanager"}, paramLabel = "HOST:PORT",
            description = "The JobManager's REST address (default: jobmanager.rpc.address and rest.port of riffle.yaml).")
    private String jobManager;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    private boolean verbose;

    boolean verbose() {
        return verbose;
    }

    /**
     * A client of the JobManager's REST API, or empty after printing on {@code err}, as {@code riffle
     * <verb>}, why its address is unknown (the caller exits with 2: a usage error).
     */
    Optional<RestClient> restClient(String verb, PrintWriter err) {
        try {
            return Optional.of(new RestClient(baseUrl()));
        } catch (InvalidConfigurationException e) {
            err.println("riffle " + verb + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code http://host:port} of the REST API. */
    String baseUrl() throws InvalidConfigurationException {
        if (jobManager != null) {
            return "http://" + jobManager;
        }
        RiffleConfiguration configuration = config.load();
        if (configuration.intValue(ConfigKeys.REST_PORT) == 0) {
            throw new InvalidConfigurationException("rest.port is 0 (a free port), so the JobManager's REST port is unknown;"
                    + " pass it with -m host:port (the JobManager logs 'REST API at http://...')");
        }
        return "http://" + configuration.display(ConfigKeys.JOBMANAGER_RPC_ADDRESS) + ":" + configuration.display(ConfigKeys.REST_PORT);
    }
}
