package io.riffle.api.common.state;

import java.util.Iterator;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A map per key. The iterables are never {@code null}: a key without entries yields empty ones.
 * User keys must not be {@code null}; user values may be.
 */
@ProviderType
public interface MapState<UK, UV> extends State {

    /** The value mapped to {@code key}, or {@code null}. */
    UV get(UK key) throws Exception;

    /** Maps {@code key} to {@code value}, replacing any previous value. */
    void put(UK key, UV value) throws Exception;

    void putAll(Map<UK, UV> map) throws Exception;

    void remove(UK key) throws Exception;

    boolean contains(UK key) throws Exception;

    Iterable<Map.Entry<UK, UV>> entries() throws Exception;

    Iterable<UK> keys() throws Exception;

    Iterable<UV> values() throws Exception;

    /** Iterates the entries; {@code remove()} on the iterator removes the mapping. */
    Iterator<Map.Entry<UK, UV>> iterator() throws Exception;

    /** Whether the current key has no mappings. */
    boolean isEmpty() throws Exception;
}
