package io.riffle.runtime.rpc;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.UUID;

/**
 * An RPC endpoint: the address of the process that runs it, its name there, and, for an endpoint
 * fenced by a leader session (a JobMaster, the ResourceManager), the fencing token of the session
 * the caller means. Every call to this address carries that token; the endpoint rejects it once
 * its session has changed (see {@link RpcService#register(String, UUID, RpcEndpoint)}).
 *
 * @param fencingToken the leader session the caller addresses, or null for an unfenced endpoint
 */
public record RpcAddress(String host, int port, String endpoint, UUID fencingToken) {

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

    /** An unfenced endpoint. */
    public RpcAddress(String host, int port, String endpoint) {
        this(host, port, endpoint, null);
    }

    public static RpcAddress of(InetSocketAddress socket, String endpoint) {
        return of(socket, endpoint, null);
    }

    public static RpcAddress of(InetSocketAddress socket, String endpoint, UUID fencingToken) {
        return new RpcAddress(socket.getHostString(), socket.getPort(), endpoint, fencingToken);
    }

    /** This endpoint in another leader session (null: unfenced). */
    public RpcAddress withFencingToken(UUID fencingToken) {
        return new RpcAddress(host, port, endpoint, fencingToken);
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(host, port);
    }

    @Override
    public String toString() {
        return "rpc://" + host + ":" + port + "/" + endpoint + (fencingToken == null ? "" : " (fencing token " + fencingToken + ")");
    }
}
