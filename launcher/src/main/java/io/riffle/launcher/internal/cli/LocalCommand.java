package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.framework.BundleSet;
import io.riffle.launcher.internal.framework.EmbeddedFramework;
import io.riffle.launcher.internal.framework.StartLevels;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code riffle local}: a JobManager and TaskManagers in one framework in this process. With a job
 * bundle it runs that job and exits with its outcome; without, it opens the Gogo shell.
 */
@Command(name = "local",
        mixinStandardHelpOptions = true,
        description = {"Role: start a local cluster, JobManager and TaskManager components in one framework in this "
                + "process. With a job bundle, run it and stop; otherwise open the Gogo shell ('exit 0' or end of input "
                + "stops it)."})
final class LocalCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--no-shell", description = "Run without the shell until the process is stopped (Ctrl-C, SIGTERM).")
    private boolean noShell;

    @Option(names = "--taskmanagers", paramLabel = "N", description = "TaskManagers to start (default: ${DEFAULT-VALUE}).")
    private int taskManagers = 1;

    @Option(names = "--slots", paramLabel = "N", description = "Slots per TaskManager (default: the number of CPU cores).")
    private Integer slots;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
            description = "Default parallelism of jobs (default: all slots of the cluster).")
    private Integer parallelism;

    @Parameters(index = "0", arity = "0..1", paramLabel = "JOB_BUNDLE", description = "A job bundle to run on the cluster.")
    private String jobBundle;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments of the job's main().")
    private List<String> jobArguments = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int slotsPerTaskManager = slots != null ? slots : Runtime.getRuntime().availableProcessors();
        if (taskManagers < 1 || slotsPerTaskManager < 1 || (parallelism != null && parallelism < 1)) {
            err.println("riffle local: --taskmanagers, --slots and --parallelism must be at least 1");
            return 2;
        }
        LoggingDefaults.apply();
        long started = System.nanoTime();
        Map<String, String> properties = new HashMap<>();
        properties.put("felix.log.level", "1");
        properties.put("riffle.local.taskmanagers", Integer.toString(taskManagers));
        properties.put("riffle.local.slots", Integer.toString(slotsPerTaskManager));
        properties.put("riffle.parallelism.default",
                Integer.toString(parallelism != null ? parallelism : taskManagers * slotsPerTaskManager));
        EmbeddedFramework framework = EmbeddedFramework.install(BundleSet.embedded("local"), properties);
        Runtime.getRuntime().addShutdownHook(new Thread(framework::close, "riffle-shutdown"));
        try {
            framework.startTo(StartLevels.RUNTIME, START_TIMEOUT);
            List<String> problems = framework.problems();
            if (!problems.isEmpty()) {
                err.println("riffle local: the local cluster did not start:");
                problems.forEach(problem -> err.println("  " + problem));
                return 1;
            }
            String up = String.format("Riffle %s local cluster is up: %d bundles active, %d TaskManager(s) with %d slots each, "
                    + "after %d ms (%d ms since the JVM started).", RiffleVersion.version(), framework.activeBundles(), taskManagers,
                    slotsPerTaskManager, (System.nanoTime() - started) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
            if (jobBundle != null) {
                err.println(up);
                err.flush();
                return runJob(framework);
            }
            out.println(up);
            if (noShell) {
                out.println("Running without a shell; stop it with Ctrl-C.");
            } else {
                out.println("Gogo shell: 'riffle:run bundle.jar args' runs a job, 'lb' lists bundles, 'scr:list' components, "
                        + "'riffle:providers' the resource providers; 'exit 0' or Ctrl-D stops the cluster.");
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

    @SuppressWarnings("unchecked")
    private int runJob(EmbeddedFramework framework) throws InterruptedException {
        Function<String[], Integer> runner = framework.awaitService(Function.class, "(riffle.entrypoint=run-job-bundle)",
                START_TIMEOUT);
        List<String> bundleAndArgs = new ArrayList<>();
        bundleAndArgs.add(jobBundle);
        bundleAndArgs.addAll(jobArguments);
        return runner.apply(bundleAndArgs.toArray(String[]::new));
    }
}
