package io.riffle.api.common.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The base of all state kinds. On a keyed stream every access reads or writes the entry of the key
 * of the record being processed (or the timer firing).
 */
@ProviderType
public interface State {

    /** Removes the current key's entry. */
    void clear();
}
