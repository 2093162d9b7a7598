package io.riffle.taskmanager.internal.component;

import io.riffle.taskmanager.internal.network.netty.ExchangeSettings;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One TaskExecutor: a factory configuration per TaskExecutor of this framework. */
@ObjectClassDefinition(name = "Riffle TaskExecutor", description = "A TaskExecutor with its slots, network memory and managed memory.")
public @interface TaskExecutorConfiguration {

    String DEFAULT_NETWORK_MEMORY = "64m";
    String DEFAULT_SEGMENT_SIZE = "32k";
    String DEFAULT_MANAGED_MEMORY = "128m";
    /**
     * The data server's address without the framework property {@value #HOST_PROPERTY} (taskmanager.host, which the
     * RPC service binds too): the loopback address, so an unconfigured TaskManager is not reachable from other hosts.
     */
    String DEFAULT_HOST = "127.0.0.1";
    String HOST_PROPERTY = "riffle.taskmanager.host";

    @AttributeDefinition(name = "Resource id", description = "Name of the TaskManager; empty picks one.")
    String resource_id() default "";

    @AttributeDefinition(name = "Slots", description = "Task slots; a job needs as many as its highest parallelism.", min = "1")
    int slots() default 1;

    @AttributeDefinition(name = "Network memory", description = "Memory for network buffers, e.g. 64m: bounds the data in flight.")
    String network_memory() default DEFAULT_NETWORK_MEMORY;

    @AttributeDefinition(name = "Network buffer size", description = "Size of one network buffer, e.g. 32k.")
    String network_segment_size() default DEFAULT_SEGMENT_SIZE;

    @AttributeDefinition(name = "Managed memory", description = "Memory state backends and sorters of this TaskExecutor's tasks "
            + "may reserve, e.g. 128m, split equally among its slots (taskmanager.memory.managed.size).")
    String managed_memory() default DEFAULT_MANAGED_MEMORY;

    @AttributeDefinition(name = "Data port", description = "Port of the data server (taskmanager.data.port); 0 picks a free one.",
            min = "0", max = "65535")
    int data_port() default 0;

    @AttributeDefinition(name = "Buffers per channel", description = "Exclusive network buffers of each remote input channel: its "
            + "initial credit (taskmanager.network.memory.buffers-per-channel).", min = "1")
    int network_buffers_per_channel() default ExchangeSettings.DEFAULT_BUFFERS_PER_CHANNEL;

    @AttributeDefinition(name = "Floating buffers per gate", description = "Network buffers an input gate shares among its remote "
            + "channels for backlogs (taskmanager.network.memory.floating-buffers-per-gate).", min = "0")
    int network_floating_buffers_per_gate() default ExchangeSettings.DEFAULT_FLOATING_BUFFERS_PER_GATE;
}
