package io.riffle.bench.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessSpec;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessUtils;
import org.apache.flink.runtime.jobmanager.JobManagerProcessSpec;
import org.apache.flink.runtime.jobmanager.JobManagerProcessUtils;
import org.apache.flink.runtime.util.config.memory.ProcessMemoryUtils;

/**
 * The memory of a standalone cluster's JVMs, sized like Riffle's (bin/bench --cluster: a 2 GiB heap
 * each), and the JVM options and dynamic properties Flink derives from it. Flink's scripts get those
 * from {@code BashJavaUtils GET_JM_RESOURCE_PARAMS / GET_TM_RESOURCE_PARAMS}; this makes the same
 * calls in-process, so no extra JVM starts per run.
 */
final class StandaloneMemory {

    /** JobManager: its heap, 2 GiB; off-heap, metaspace and overhead stay Flink's defaults. */
    static final String JOB_MANAGER_HEAP = "2048m";
    /** TaskManager: task heap + Flink's 128 MiB framework heap = a 2 GiB JVM heap. */
    static final String TASK_HEAP = "1920m";
    /**
     * No managed memory: the jobs keep their state on the heap (heap state backend), and streaming
     * jobs use managed memory only for RocksDB or Python; network memory stays Flink's default share.
     */
    static final String MANAGED = "0m";

    private StandaloneMemory() {}

    /** The keys that fix the sizes, for the cluster's config.yaml. */
    static void addTo(Configuration config) {
        config.setString(JobManagerOptions.JVM_HEAP_MEMORY.key(), JOB_MANAGER_HEAP);
        config.setString(TaskManagerOptions.TASK_HEAP_MEMORY.key(), TASK_HEAP);
        config.setString(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), MANAGED);
    }

    /** JVM options (-Xmx, -Xms, ...) then the entry point's dynamic properties (-D key=value ...). */
    record Launch(List<String> jvmOptions, List<String> dynamicProperties) {}

    static Launch jobManager(Configuration config) {
        JobManagerProcessSpec spec = JobManagerProcessUtils.processSpecFromConfigWithNewOptionToInterpretLegacyHeap(
                config, JobManagerOptions.JVM_HEAP_MEMORY);
        return new Launch(words(JobManagerProcessUtils.generateJvmParametersStr(spec, config)),
                words(JobManagerProcessUtils.generateDynamicConfigsStr(spec)));
    }

    static Launch taskManager(Configuration config) {
        TaskExecutorProcessSpec spec = TaskExecutorProcessUtils.processSpecFromConfig(
                TaskExecutorProcessUtils.getConfigurationMapLegacyTaskManagerHeapSizeToConfigOption(config, TaskManagerOptions.TOTAL_FLINK_MEMORY));
        return new Launch(words(ProcessMemoryUtils.generateJvmParametersStr(spec)), words(TaskExecutorProcessUtils.generateDynamicConfigsStr(spec)));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
