package io.riffle.runtime.rpc;

import java.net.InetSocketAddress;
import java.util.Objects;

/** An RPC endpoint: the address of the process that runs it, and its name there. */
public record RpcAddress(String host, int port, String endpoint) {

    public RpcAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(endpoint, "endpoint");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be in 1..65535, got " + port);
        }
        if (endpoint.isBlank()) {
            throw new IllegalArgumentException("an endpoint name must not be blank");
        }
    }

    public static RpcAddress of(InetSocketAddress socket, String endpoint) {
        return new RpcAddress(socket.getHostString(), socket.getPort(), endpoint);
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(host, port);
    }

    @Override
    public String toString() {
        return "rpc://" + host + ":" + port + "/" + endpoint;
    }
}
