package io.riffle.runtime.provider;

import org.osgi.annotation.versioning.ProviderType;

/** A subscription that ends when closed. Closing twice has no further effect. */
@ProviderType
@FunctionalInterface
public interface Registration extends AutoCloseable {

    /** A registration that holds nothing, for providers that never report anything. */
    Registration NONE = () -> { };

    @Override
    void close();
}
