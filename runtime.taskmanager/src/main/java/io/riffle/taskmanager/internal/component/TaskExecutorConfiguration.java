package io.riffle.taskmanager.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One TaskExecutor: a factory configuration per TaskExecutor of this framework. */
@ObjectClassDefinition(name = "Riffle TaskExecutor", description = "A TaskExecutor with its slots and network memory.")
public @interface TaskExecutorConfiguration {

    String DEFAULT_NETWORK_MEMORY = "64m";
    String DEFAULT_SEGMENT_SIZE = "32k";

    @AttributeDefinition(name = "Resource id", description = "Name of the TaskManager; empty picks one.")
    String resource_id() default "";

    @AttributeDefinition(name = "Slots", description = "Task slots; a job needs as many as its highest parallelism.", min = "1")
    int slots() default 1;

    @AttributeDefinition(name = "Network memory", description = "Memory for network buffers, e.g. 64m: bounds the data in flight.")
    String network_memory() default DEFAULT_NETWORK_MEMORY;

    @AttributeDefinition(name = "Network buffer size", description = "Size of one network buffer, e.g. 32k.")
    String network_segment_size() default DEFAULT_SEGMENT_SIZE;
}
