package io.riffle.runtime.rpc.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * The codecs of every message the JobManager and TaskManager processes exchange, with the type ids
 * of {@link MessageTypeIds}.
 *
 * <p>Gateways themselves never travel (a {@code JobMasterGateway} argument becomes the address the
 * transport connects to), and two messages travel in a wire form of their own because they carry
 * user objects: a {@code TaskExecutionState} as an {@link EncodedTaskExecutionState}, a
 * {@code JobResult} as an {@link EncodedJobResult}. Any {@link Throwable} decodes as a
 * {@link SerializedThrowable}; find its codec with {@link MessageCodecRegistry#forValue}.
 */
public final class ClusterMessageCodecs {

    private ClusterMessageCodecs() {}

    /** A new registry with all cluster message codecs. */
    public static MessageCodecRegistry registry() {
        return new MessageCodecRegistry(all());
    }

    /** All cluster message codecs, e.g. to build a registry with a few more. */
    public static List<MessageCodec<?>> all() {
        List<MessageCodec<?>> codecs = new ArrayList<>(IdCodecs.codecs());
        codecs.add(ThrowableCodec.codec());
        codecs.addAll(DeploymentCodecs.codecs());
        codecs.addAll(TaskCodecs.codecs());
        codecs.addAll(SlotCodecs.codecs());
        codecs.addAll(JobCodecs.codecs());
        return List.copyOf(codecs);
    }
}
