package io.riffle.launcher.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What 'riffle run' and 'riffle info' run: a job bundle, its main class and arguments, a default parallelism. */
final class ProgramOptions {

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N", description = "Default parallelism of the job (default: the cluster's).")
    private Integer parallelism;

    @Option(names = {"-c", "--class"}, paramLabel = "CLASS", description = "The class whose main() to run (default: the bundle's Main-Class).")
    private String entryClass;

    @Parameters(index = "0", paramLabel = "JOB_BUNDLE", description = "The job bundle (a JAR).")
    private Path bundle;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments of the job's main().")
    private List<String> args = new ArrayList<>();

    Path bundle() {
        return bundle;
    }

    /** Whether the options make sense; if not, says why on {@code err} as {@code riffle <verb>} (a usage error, exit 2). */
    boolean valid(String verb, PrintWriter err) {
        if (parallelism != null && parallelism < 1) {
            err.println("riffle " + verb + ": --parallelism must be at least 1");
            return false;
        }
        return true;
    }

    /** The JSON body of {@code /jars/:jarid/run} and {@code /plan}. */
    String body() {
        return ProgramBody.json(entryClass, args, parallelism);
    }
}
