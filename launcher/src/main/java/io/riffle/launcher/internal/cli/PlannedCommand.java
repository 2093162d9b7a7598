package io.riffle.launcher.internal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** A role or verb that is listed in the help but not built yet: it says so and exits with 2. */
final class PlannedCommand implements Callable<Integer> {

    static final int NOT_AVAILABLE = 2;

    private final String name;
    private CommandLine commandLine;

    private PlannedCommand(String name) {
        this.name = name;
    }

    static CommandLine commandLine(String name, String description) {
        PlannedCommand command = new PlannedCommand(name);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.usageMessage().description(description + " (not built yet)");
        spec.parser().unmatchedArgumentsAllowed(true);
        spec.mixinStandardHelpOptions(true);
        command.commandLine = new CommandLine(spec);
        return command.commandLine;
    }

    @Override
    public Integer call() {
        commandLine.getErr().println("riffle " + name + ": not built yet in Riffle " + RiffleVersion.version()
                + "; 'riffle --help' lists what is");
        return NOT_AVAILABLE;
    }
}
