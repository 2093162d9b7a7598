package io.riffle.runtime.rpc;

import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Serves the requests sent to one endpoint name. Called on an I/O thread: hand the work to the
 * component's main thread and return its future; never block.
 */
@ConsumerType
@FunctionalInterface
public interface RpcEndpoint {

    /**
     * @return completes with the response message ({@code null} for none), or exceptionally with
     *     the reason, which the caller receives as a {@link RemoteCallException}
     */
    CompletableFuture<?> handle(Object request);
}
