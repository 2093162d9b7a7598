package io.riffle.launcher.internal.cli;

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

    /** Roles and verbs that later versions bring, with what they will do. */
    private static final String[][] PLANNED = {
            {"jobmanager", "Role: run a JobManager process (ResourceManager, Dispatcher, JobMasters)."},
            {"taskmanager", "Role: run a TaskManager process that registers with a JobManager."},
            {"application", "Role: run a cluster for one job bundle's main() and stop with it."},
            {"run", "Verb: submit a job bundle to a cluster."},
            {"list", "Verb: list the jobs of a cluster."},
            {"cancel", "Verb: cancel a job."},
            {"stop", "Verb: stop a job with a savepoint."},
            {"info", "Verb: show the job graph of a job bundle."},
    };

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
        commandLine.addSubcommand("local", new LocalCommand());
        for (String[] planned : PLANNED) {
            commandLine.addSubcommand(planned[0], PlannedCommand.commandLine(planned[0], planned[1]));
        }
        return commandLine;
    }
}
