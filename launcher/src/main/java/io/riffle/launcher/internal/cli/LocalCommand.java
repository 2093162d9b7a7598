package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.framework.BundleSet;
import io.riffle.launcher.internal.framework.EmbeddedFramework;
import io.riffle.launcher.internal.framework.StartLevels;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riffle local}: a JobManager and TaskManager in this process, driven from the Gogo shell. */
@Command(name = "local",
        mixinStandardHelpOptions = true,
        description = {"Role: start a local cluster, JobManager and TaskManager components in one framework in this "
                + "process, and open the Gogo shell on it. 'exit 0' or end of input stops it."})
final class LocalCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--no-shell", description = "Run without the shell until the process is stopped (Ctrl-C, SIGTERM).")
    private boolean noShell;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoggingDefaults.apply();
        long started = System.nanoTime();
        EmbeddedFramework framework = EmbeddedFramework.install(BundleSet.embedded("local"), Map.of("felix.log.level", "1"));
        Runtime.getRuntime().addShutdownHook(new Thread(framework::close, "riffle-shutdown"));
        try {
            framework.startTo(StartLevels.RUNTIME, START_TIMEOUT);
            List<String> problems = framework.problems();
            if (!problems.isEmpty()) {
                err.println("riffle local: the local cluster did not start:");
                problems.forEach(problem -> err.println("  " + problem));
                return 1;
            }
            out.printf("Riffle %s local cluster is up: %d bundles active after %d ms.%n", RiffleVersion.version(),
                    framework.activeBundles(), (System.nanoTime() - started) / 1_000_000);
            if (noShell) {
                out.println("Running without a shell; stop it with Ctrl-C.");
            } else {
                out.println("Gogo shell: 'lb' lists bundles, 'scr:list' components, 'riffle:providers' the resource "
                        + "providers; 'exit 0' or Ctrl-D stops the cluster.");
            }
            out.flush();
            if (!noShell) {
                framework.startTo(StartLevels.SHELL, START_TIMEOUT);
            }
            framework.awaitStop();
            return 0;
        } finally {
            framework.close();
        }
    }
}
