package io.riffle.launcher.internal.config;

import io.riffle.launcher.internal.config.Target.ConfigurationProperty;
import io.riffle.launcher.internal.config.Target.FrameworkProperty;
import io.riffle.launcher.internal.config.Target.Launcher;
import io.riffle.launcher.internal.config.Target.TaskExecutorProperty;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every key riffle.yaml may set: the one table of keys, types, defaults, ranges and targets.
 * Keys are Flink's where Flink has one. conf/riffle.yaml documents them for users; a key that is
 * not here fails start-up.
 */
public final class ConfigKeys {

    /**
     * Settings several components share, each property named by its key (DS maps
     * {@code jobmanager_rpc_port()} to {@code jobmanager.rpc.port}), so a component can list this PID
     * among its configuration PIDs.
     */
    public static final String CLUSTER_PID = "io.riffle.cluster";
    public static final String RESOURCE_MANAGER_PID = "io.riffle.resourcemanager";
    /** One factory configuration per TaskExecutor, named after its TaskManager (runtime.taskmanager's TaskExecutorComponent). */
    public static final String TASK_EXECUTOR_FACTORY_PID = "io.riffle.taskexecutor";
    /** Where blobs are kept: the JobManager's blob store and the job bundles a TaskManager fetched. */
    public static final String BLOB_PID = "io.riffle.blob";

    /** The framework property of taskmanager.host: the TaskManager's RPC service and its data server both bind it. */
    public static final String TASK_MANAGER_HOST_PROPERTY = "riffle.taskmanager.host";

    private static final int MAX_PORT = 65_535;
    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    public static final ConfigKey JOBMANAGER_RPC_ADDRESS = ConfigKey.text("jobmanager.rpc.address", "localhost",
            "Host name or address of the JobManager's RPC endpoint: where it listens and where TaskManagers reach it.",
            cluster("jobmanager.rpc.address", Target.BOTH_ROLES));

    public static final ConfigKey JOBMANAGER_RPC_PORT = new ConfigKey("jobmanager.rpc.port", ValueType.INTEGER, "6123", 0, MAX_PORT,
            "Port of the JobManager's RPC endpoint; 0 picks a free one.",
            cluster("jobmanager.rpc.port", Target.BOTH_ROLES));

    public static final ConfigKey TASK_SLOTS = new ConfigKey("taskmanager.numberOfTaskSlots", ValueType.INTEGER, "1", 1,
            Integer.MAX_VALUE, "Task slots each TaskManager offers.", new TaskExecutorProperty("slots"));

    public static final ConfigKey NETWORK_MEMORY = new ConfigKey("taskmanager.memory.network.size", ValueType.MEMORY_SIZE, "64m",
            16 * KIB, Long.MAX_VALUE, "Memory of one TaskManager for network buffers: bounds the data in flight between tasks.",
            new TaskExecutorProperty("network.memory"));

    public static final ConfigKey SEGMENT_SIZE = new ConfigKey("taskmanager.memory.segment-size", ValueType.MEMORY_SIZE, "32k",
            KIB, 64 * MIB, "Size of one network buffer.", new TaskExecutorProperty("network.segment.size"));

    public static final ConfigKey MANAGED_MEMORY = new ConfigKey("taskmanager.memory.managed.size", ValueType.MEMORY_SIZE, "128m", 0,
            Long.MAX_VALUE, "Managed memory of one TaskManager, split equally among its slots: what the state backends and sorters of "
                    + "the tasks in a slot may reserve together.", new TaskExecutorProperty("managed.memory"));

    public static final ConfigKey TASK_MANAGER_HOST = ConfigKey.text("taskmanager.host", "127.0.0.1",
            "Address a TaskManager's RPC service and data server bind, which the JobManager and other TaskManagers connect to; "
                    + "the loopback address by default, so a TaskManager is reachable only from its own host unless configured.",
            new FrameworkProperty(TASK_MANAGER_HOST_PROPERTY, Set.of(Role.TASKMANAGER)));

    public static final ConfigKey DATA_PORT = new ConfigKey("taskmanager.data.port", ValueType.INTEGER, "0", 0, MAX_PORT,
            "Port of a TaskManager's data server, where other TaskManagers read its results; 0 picks a free one.",
            new TaskExecutorProperty("data.port"));

    public static final ConfigKey BUFFERS_PER_CHANNEL = new ConfigKey("taskmanager.network.memory.buffers-per-channel",
            ValueType.INTEGER, "4", 1, Integer.MAX_VALUE,
            "Exclusive network buffers of each channel reading from another TaskManager: the credit its sender starts with.",
            new TaskExecutorProperty("network.buffers.per.channel"));

    public static final ConfigKey FLOATING_BUFFERS_PER_GATE = new ConfigKey("taskmanager.network.memory.floating-buffers-per-gate",
            ValueType.INTEGER, "16", 0, Integer.MAX_VALUE,
            "Network buffers a task's input shares among its channels from other TaskManagers, for senders with a backlog.",
            new TaskExecutorProperty("network.floating.buffers.per.gate"));

    public static final ConfigKey HEARTBEAT_INTERVAL = new ConfigKey("heartbeat.interval", ValueType.DURATION, "1 s", 1,
            Long.MAX_VALUE, "How often JobManager and TaskManagers send heartbeats to each other.",
            cluster("heartbeat.interval", Target.BOTH_ROLES));

    public static final ConfigKey HEARTBEAT_TIMEOUT = new ConfigKey("heartbeat.timeout", ValueType.DURATION, "5 s", 1,
            Long.MAX_VALUE, "How long without a heartbeat before a peer counts as lost: with the defaults, a lost TaskManager is "
                    + "detected within 5 s.",
            cluster("heartbeat.timeout", Target.BOTH_ROLES));

    public static final ConfigKey RESTART_STRATEGY = new ConfigKey("restart-strategy.type", ValueType.RESTART_STRATEGY, "none",
            Long.MIN_VALUE, Long.MAX_VALUE, "What a job does when a task fails or a TaskManager is lost: none (the job fails) or "
                    + "fixed-delay (cancel all its tasks and deploy the whole job again, up to the attempts, after the delay).",
            cluster("restart-strategy.type", Set.of(Role.JOBMANAGER)));

    public static final ConfigKey RESTART_ATTEMPTS = new ConfigKey("restart-strategy.fixed-delay.attempts", ValueType.INTEGER, "1", 0,
            Integer.MAX_VALUE, "How often a job restarts with the fixed-delay strategy before it fails.",
            cluster("restart-strategy.fixed-delay.attempts", Set.of(Role.JOBMANAGER)));

    public static final ConfigKey RESTART_DELAY = new ConfigKey("restart-strategy.fixed-delay.delay", ValueType.DURATION, "1 s", 0,
            Long.MAX_VALUE, "How long the fixed-delay strategy waits between a failure and the restart.",
            cluster("restart-strategy.fixed-delay.delay", Set.of(Role.JOBMANAGER)));

    public static final ConfigKey SLOT_REQUEST_TIMEOUT = new ConfigKey("slot.request.timeout", ValueType.DURATION, "5 min", 1,
            Long.MAX_VALUE, "How long a job waits for all its slots before it fails, saying how many it needed and got.",
            cluster("slot.request.timeout", Set.of(Role.JOBMANAGER)));

    public static final ConfigKey DEFAULT_PARALLELISM = new ConfigKey("parallelism.default", ValueType.INTEGER, "1", 1,
            Integer.MAX_VALUE, "Parallelism of jobs that set none.",
            new FrameworkProperty("riffle.parallelism.default", Set.of(Role.JOBMANAGER)));

    public static final ConfigKey PROVIDER_TYPE = ConfigKey.text("resourcemanager.provider.type", "standalone",
            "Resource provider the ResourceManager uses: standalone, kubernetes, yarn or mesos.",
            new ConfigurationProperty(RESOURCE_MANAGER_PID, "provider.type", Set.of(Role.JOBMANAGER)));

    public static final ConfigKey REST_PORT = new ConfigKey("rest.port", ValueType.INTEGER, "8081", 0, MAX_PORT,
            "Port of the Dispatcher's REST API and web UI; 0 picks a free one.", cluster("rest.port", Set.of(Role.JOBMANAGER)));

    public static final ConfigKey BLOB_STORAGE_DIRECTORY = ConfigKey.text("blob.storage.directory", System.getProperty("java.io.tmpdir"),
            "Folder in which the JobManager keeps job bundles for TaskManagers and TaskManagers keep those they fetched; each "
                    + "process makes a fresh folder inside it and deletes it when it stops. Default: java.io.tmpdir.",
            new ConfigurationProperty(BLOB_PID, "blob.storage.directory", Target.BOTH_ROLES));

    public static final ConfigKey REST_MAX_CONTENT_LENGTH = new ConfigKey("rest.server.max-content-length", ValueType.INTEGER,
            "104857600", 1024, Integer.MAX_VALUE, "Largest job bundle the REST API accepts as an upload, in bytes.",
            cluster("rest.server.max-content-length", Set.of(Role.JOBMANAGER)));

    public static final ConfigKey LOG_DIR = ConfigKey.text("log.dir", "log",
            "Folder of the log files, one per process; a relative path is taken from the Riffle home (the folder with bin/ "
                    + "and conf/).", new Launcher());

    public static final List<ConfigKey> ALL = List.of(JOBMANAGER_RPC_ADDRESS, JOBMANAGER_RPC_PORT, TASK_SLOTS, NETWORK_MEMORY,
            SEGMENT_SIZE, MANAGED_MEMORY, TASK_MANAGER_HOST, DATA_PORT, BUFFERS_PER_CHANNEL, FLOATING_BUFFERS_PER_GATE, HEARTBEAT_INTERVAL,
            HEARTBEAT_TIMEOUT, RESTART_STRATEGY, RESTART_ATTEMPTS, RESTART_DELAY, SLOT_REQUEST_TIMEOUT, DEFAULT_PARALLELISM, PROVIDER_TYPE,
            REST_PORT, REST_MAX_CONTENT_LENGTH, BLOB_STORAGE_DIRECTORY, LOG_DIR);

    private ConfigKeys() {
    }

    private static ConfigurationProperty cluster(String property, Set<Role> roles) {
        return new ConfigurationProperty(CLUSTER_PID, property, roles);
    }

    public static Optional<ConfigKey> find(String key) {
        return ALL.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /**
     * The known key a mistyped one most likely meant: one that ends with it (a key without its
     * prefix), or the closest by edit distance, if close enough to be a typo.
     */
    public static Optional<String> nearest(String unknown) {
        for (ConfigKey known : ALL) {
            if (known.key().endsWith("." + unknown) || known.key().equalsIgnoreCase(unknown)) {
                return Optional.of(known.key());
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigKey known : ALL) {
            int distance = editDistance(unknown.toLowerCase(), known.key().toLowerCase());
            if (distance < bestDistance) {
                best = known.key();
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, unknown.length() / 4) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
