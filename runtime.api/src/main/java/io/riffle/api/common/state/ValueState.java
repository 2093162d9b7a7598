package io.riffle.api.common.state;

import java.io.IOException;
import org.osgi.annotation.versioning.ProviderType;

/** One value per key. */
@ProviderType
public interface ValueState<T> extends State {

    /** The current key's value, or {@code null} if it has none. */
    T value() throws IOException;

    /** Sets the current key's value; {@code null} clears it, as in Flink. */
    void update(T value) throws IOException;
}
