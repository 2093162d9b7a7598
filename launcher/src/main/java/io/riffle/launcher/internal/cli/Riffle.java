package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.Role;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The entry point of riffle.jar: the first argument picks a role (a process to run) or a client
 * verb. Exit codes: 0 success, 1 failure at run time, 2 wrong usage or not available yet.
 */
@Command(name = "riffle",
        mixinStandardHelpOptions = true,
        versionProvider = RiffleVersion.class,
        description = "Riffle, a stream-processing runtime with the architecture of Apache Flink.",
        synopsisSubcommandLabel = "(ROLE | VERB)",
        footer = {"", "Run 'riffle ROLE --help' or 'riffle VERB --help' for the options of each."})
public final class Riffle implements Runnable {

    /** A role or verb that a later version brings, and what it will do. */
    private record Planned(String name, String description) { }

    private static final List<Planned> PLANNED = List.of(
            new Planned("application", "Role: run a cluster for one job bundle's main() and stop with it."),
            new Planned("stop", "Verb: stop a job with a savepoint."));

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a role or verb, e.g. 'riffle local'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Riffle());
        // everything after the job bundle belongs to the job's main(), options included
        commandLine.addSubcommand("local", new CommandLine(new LocalCommand()).setStopAtPositional(true));
        commandLine.addSubcommand("jobmanager", ClusterRoleCommand.commandLine(Role.JOBMANAGER,
                "Role: run a JobManager process (ResourceManager, Dispatcher, JobMasters), configured by riffle.yaml."));
        commandLine.addSubcommand("taskmanager", ClusterRoleCommand.commandLine(Role.TASKMANAGER,
                "Role: run a TaskManager process (a TaskExecutor with its slots), configured by riffle.yaml."));
        for (Planned planned : PLANNED) {
            commandLine.addSubcommand(planned.name(), PlannedCommand.commandLine(planned.name(), planned.description()));
        }
        // as with local: everything after the job bundle belongs to the job's main()
        commandLine.addSubcommand("run", new CommandLine(new RunCommand()).setStopAtPositional(true));
        commandLine.addSubcommand("info", new CommandLine(new InfoCommand()).setStopAtPositional(true));
        commandLine.addSubcommand("cancel", new CommandLine(new CancelCommand()));
        commandLine.addSubcommand("list", new CommandLine(new ListCommand()));
        commandLine.addSubcommand("config", new CommandLine(new ConfigCommand()));
        return commandLine;
    }
}
