package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.rpc.RpcAddress;
import org.osgi.annotation.versioning.ProviderType;

/** A gateway whose calls go to another process. Passed on as an argument, it travels as {@link #address()}. */
@ProviderType
public interface RemoteGateway {

    /** The endpoint the calls go to, with the fencing token they carry. */
    RpcAddress address();
}
