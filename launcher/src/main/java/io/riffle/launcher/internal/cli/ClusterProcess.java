package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.ConfigFolder;
import io.riffle.launcher.internal.config.ConfigKey;
import io.riffle.launcher.internal.config.ConfigKeys;
import io.riffle.launcher.internal.config.FrameworkConfiguration;
import io.riffle.launcher.internal.config.RiffleConfiguration;
import io.riffle.launcher.internal.config.Role;
import io.riffle.launcher.internal.framework.BundleSet;
import io.riffle.launcher.internal.framework.EmbeddedFramework;
import io.riffle.launcher.internal.framework.StartLevels;
import io.riffle.launcher.internal.process.LocalHost;
import io.riffle.launcher.internal.process.ProcessLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleException;

/**
 * Runs the framework of a JobManager or TaskManager from the role's run descriptor, configured by
 * riffle.yaml, until the process is stopped. Start-up errors go to standard error and the log
 * file; once up, the process writes only to its log file (and the shell, if asked for).
 */
final class ClusterProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String GOGO_PREFIX = "org.apache.felix.gogo.";
    /** Framework property naming the role (jobmanager, taskmanager), read by runtime.rpc's RPC wiring. */
    static final String ROLE_PROPERTY = "riffle.role";
    private static final String RPC_SERVICE = "io.riffle.runtime.rpc.RpcService";
    private static final String RESOURCE_MANAGER_GATEWAY = "io.riffle.runtime.resourcemanager.ResourceManagerGateway";

    private final Role role;
    private final RiffleConfiguration configuration;
    private final boolean shell;
    private final PrintWriter out;
    private final PrintWriter err;
    private ProcessLog log;

    ClusterProcess(Role role, RiffleConfiguration configuration, boolean shell, PrintWriter out, PrintWriter err) {
        this.role = role;
        this.configuration = configuration;
        this.shell = shell;
        this.out = out;
        this.err = err;
    }

    /** Returns the exit code: 0 when the framework stopped by itself, 1 when the process could not start. */
    int run() throws InterruptedException {
        long started = System.nanoTime();
        String host = LocalHost.name();
        Path logFolder = logFolder();
        try {
            log = ProcessLog.open(logFolder, role, host);
        } catch (IOException e) {
            err.println("riffle " + role.command() + ": cannot write a log file in " + logFolder + ": " + e.getMessage());
            return 1;
        }
        String name = role == Role.TASKMANAGER ? "taskmanager-" + host + "-" + log.index() : "jobmanager-" + host;
        LoggingDefaults.applyForProcessLog();
        log.redirect(!shell);
        logStart(name);

        EmbeddedFramework framework;
        try {
            BundleSet bundles = BundleSet.embedded(role.command());
            framework = EmbeddedFramework.install(shell ? bundles : bundles.without(n -> n.startsWith(GOGO_PREFIX)),
                    frameworkProperties(name));
        } catch (RuntimeException e) {
            return failed(e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info(role.displayName() + " " + name + " stopping");
            framework.close();
        }, "riffle-shutdown"));
        try {
            framework.startTo(StartLevels.RUNTIME, START_TIMEOUT);
            List<String> problems = framework.problems();
            if (!problems.isEmpty()) {
                return failed("the " + role.displayName() + " did not start: " + String.join("; ", problems));
            }
            String up = "Riffle " + RiffleVersion.version() + " " + role.displayName() + " is up: " + framework.activeBundles()
                    + " bundles active after " + (System.nanoTime() - started) / 1_000_000 + " ms; " + summary(name, framework)
                    + " (config: " + configuration.source() + "; log: " + ConfigFolder.display(log.file()) + ")";
            logWiring(name, framework);
            log.info(up);
            out.println(up);
            out.flush();
            if (shell) {
                framework.startTo(StartLevels.SHELL, START_TIMEOUT);
            }
            framework.awaitStop();
            return 0;
        } catch (BundleException | RuntimeException e) {
            return failed(e.getMessage());
        } finally {
            framework.close();
        }
    }

    /** The effective configuration, so that the log says what the process ran with. */
    private void logStart(String name) {
        log.info("Riffle " + RiffleVersion.version() + " " + role.displayName() + " " + name + " starting, pid "
                + ProcessHandle.current().pid() + ", configuration from " + configuration.source());
        for (ConfigKey key : ConfigKeys.ALL) {
            log.info("  " + key.key() + ": " + configuration.display(key) + " (" + configuration.origin(key) + ")");
        }
    }

    private Map<String, String> frameworkProperties(String name) {
        Map<String, String> properties = new HashMap<>(FrameworkConfiguration.of(configuration, role, name).frameworkProperties());
        properties.put("felix.log.level", "1");
        // runtime.rpc reads it: a JobManager listens on jobmanager.rpc.address:port, a TaskManager calls it
        properties.put(ROLE_PROPERTY, role.command());
        // two jobs may run the same job bundle: each installs its own copy, under its own location
        properties.put("org.osgi.framework.bsnversion", "multiple");
        return properties;
    }

    /** What runs, in words for the "is up" line. */
    private String summary(String name, EmbeddedFramework framework) {
        if (role == Role.JOBMANAGER) {
            return (hasResourceManager(framework) ? "ResourceManager running" : "no ResourceManager (see the log)")
                    + " with resource provider type '" + configuration.display(ConfigKeys.PROVIDER_TYPE) + "', default parallelism "
                    + configuration.display(ConfigKeys.DEFAULT_PARALLELISM);
        }
        return "TaskExecutor " + name + " with " + configuration.display(ConfigKeys.TASK_SLOTS) + " slot(s), "
                + configuration.display(ConfigKeys.NETWORK_MEMORY) + " network memory in "
                + configuration.display(ConfigKeys.SEGMENT_SIZE) + " buffers, " + configuration.display(ConfigKeys.MANAGED_MEMORY)
                + " managed memory, "
                + (hasResourceManager(framework) ? "registering with the ResourceManager" : "waiting for a ResourceManager (see the log)");
    }

    /** Says in the log what is wired between the processes and what is not yet, so that nobody waits for it in vain. */
    private void logWiring(String name, EmbeddedFramework framework) {
        String rpc = configuration.display(ConfigKeys.JOBMANAGER_RPC_ADDRESS) + ":" + configuration.display(ConfigKeys.JOBMANAGER_RPC_PORT);
        boolean rpcRunning = framework.hasService(RPC_SERVICE);
        if (role == Role.JOBMANAGER) {
            log.info((rpcRunning ? "the ResourceManager is served over RPC at " + rpc + "/resourcemanager: TaskManagers register there"
                    : "no RPC service runs (see the log): TaskManagers cannot register")
                    + "; the REST API (riffle list, run, info, cancel) listens on rest.port " + configuration.display(ConfigKeys.REST_PORT)
                    + " (see 'REST API at')");
        } else if (hasResourceManager(framework)) {
            log.info("TaskExecutor " + name + " registers with the ResourceManager of the JobManager at " + rpc
                    + " over RPC, retrying until the JobManager answers");
        } else {
            log.info("TaskExecutor " + name + " waits for a ResourceManager: the RPC wiring to the JobManager at " + rpc
                    + " did not start (see the log)");
        }
    }

    private static boolean hasResourceManager(EmbeddedFramework framework) {
        return framework.hasService(RESOURCE_MANAGER_GATEWAY);
    }

    private int failed(String message) {
        String line = "riffle " + role.command() + ": " + message;
        log.error(line);
        err.println(line);
        err.flush();
        return 1;
    }

    /** log.dir; a relative path is taken from the Riffle home, or without one, from the working folder. */
    private Path logFolder() {
        Path folder = Path.of(configuration.display(ConfigKeys.LOG_DIR));
        return folder.isAbsolute() ? folder : ConfigFolder.home().map(home -> home.resolve(folder)).orElse(folder.toAbsolutePath());
    }
}
