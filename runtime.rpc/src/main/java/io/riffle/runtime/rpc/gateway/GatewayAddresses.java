package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.rpc.RpcAddress;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the gateways a process passes as call arguments (the JobMaster in {@code requestSlot}, the
 * TaskExecutor in {@code offerSlots}) into the addresses that travel instead. One per process, shared
 * by its {@link GatewayEndpoints} (which record the gateways they serve) and its remote gateways
 * (which look addresses up). Thread-safe.
 */
public final class GatewayAddresses {

    /** By identity: a gateway is served once, whatever its equals() says. */
    private final Map<Object, RpcAddress> served = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * Where another process reaches {@code gateway}: a {@link RemoteGateway}'s own target (so a
     * gateway passed on keeps pointing at the process that serves it), or the address under which
     * this process serves it.
     *
     * @throws IllegalArgumentException for a gateway that is neither, naming it
     */
    public RpcAddress addressOf(Object gateway) {
        if (gateway instanceof RemoteGateway remote) {
            return remote.address();
        }
        RpcAddress address = gateway == null ? null : served.get(gateway);
        if (address == null) {
            throw new IllegalArgumentException(gateway + " cannot be passed to another process: it is neither a remote gateway"
                    + " nor served by this process (serve it with GatewayEndpoints first)");
        }
        return address;
    }

    void add(Object gateway, RpcAddress address) {
        RpcAddress previous = served.putIfAbsent(Objects.requireNonNull(gateway, "gateway"), address);
        if (previous != null) {
            throw new IllegalStateException(gateway + " is already served at " + previous);
        }
    }

    /** @return the address it was served at, or null */
    RpcAddress remove(Object gateway) {
        return served.remove(gateway);
    }
}
