package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.rpc.codec.ClusterMessageCodecs;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Every message a JobManager or TaskManager process speaks: the cluster messages and the gateway
 * requests. The one registry to start a process's {@link io.riffle.runtime.rpc.RpcService} with.
 */
public final class RiffleMessageCodecs {

    private RiffleMessageCodecs() {}

    public static MessageCodecRegistry registry() {
        return new MessageCodecRegistry(all());
    }

    /** The cluster message codecs, then the gateway ones; e.g. to build a registry with a few more. */
    public static List<MessageCodec<?>> all() {
        List<MessageCodec<?>> codecs = new ArrayList<>(ClusterMessageCodecs.all());
        codecs.addAll(GatewayMessageCodecs.all());
        return List.copyOf(codecs);
    }
}
