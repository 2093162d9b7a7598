package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.InvalidConfigurationException;
import io.riffle.launcher.internal.config.RiffleConfiguration;
import io.riffle.launcher.internal.config.Role;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code riffle jobmanager} and {@code riffle taskmanager}: a process of a standalone cluster,
 * configured by riffle.yaml, running until it is stopped.
 */
@Command(mixinStandardHelpOptions = true,
        footer = {"", "Runs until stopped (Ctrl-C, SIGTERM) and logs to log.dir; errors at start-up go to standard error.",
                "Exit codes: 2 for a configuration riffle refuses, 1 when the process cannot start."})
final class ClusterRoleCommand implements Callable<Integer> {

    private final Role role;

    @Mixin
    private ConfigOptions config;

    @Option(names = "--shell", negatable = true,
            description = "Open the Gogo shell on this process's framework; the process stops when the shell exits "
                    + "(default: --no-shell).")
    private boolean shell;

    @Spec
    private CommandSpec spec;

    private ClusterRoleCommand(Role role) {
        this.role = role;
    }

    static CommandLine commandLine(Role role, String description) {
        CommandLine commandLine = new CommandLine(new ClusterRoleCommand(role));
        commandLine.getCommandSpec().usageMessage().description(description);
        return commandLine;
    }

    @Override
    public Integer call() throws InterruptedException {
        // taken before the process redirects System.out and System.err into its log file
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RiffleConfiguration configuration;
        try {
            configuration = config.load();
        } catch (InvalidConfigurationException e) {
            err.println("riffle " + role.command() + ": " + e.getMessage());
            return 2;
        }
        return new ClusterProcess(role, configuration, shell, out, err).run();
    }
}
