package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.WireCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * The codecs of the gateway requests and answers and of {@link RpcAddress}, with the type ids of
 * {@link GatewayMessageTypeIds}. A gateway argument travels as the {@link RpcAddress} of the gateway
 * (with its fencing token), never as an object. A process needs these together with the cluster
 * messages they are made of: use {@link RiffleMessageCodecs#registry()}.
 */
public final class GatewayMessageCodecs {

    private GatewayMessageCodecs() {}

    public static List<MessageCodec<?>> all() {
        List<MessageCodec<?>> codecs = new ArrayList<>();
        codecs.add(WireCodec.of(GatewayMessageTypeIds.RPC_ADDRESS, RpcAddress.class, GatewayFields::writeAddress,
                GatewayFields::readAddress));
        codecs.addAll(TaskExecutorMessageCodecs.codecs());
        codecs.addAll(JobMasterMessageCodecs.codecs());
        codecs.addAll(ResourceManagerMessageCodecs.codecs());
        codecs.addAll(BlobServerMessageCodecs.codecs());
        return List.copyOf(codecs);
    }
}
