package io.riffle.api.common.state;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A list of values per key. {@link #get()} never returns {@code null}: an empty key yields an empty
 * iterable. Flink's user-facing list state behaves the same, although Flink's internal
 * {@code AppendingState} contract allows {@code null}. Elements must not be {@code null}.
 */
@ProviderType
public interface ListState<T> extends MergingState<T, Iterable<T>> {

    /** Replaces the current key's list; an empty list clears it. */
    void update(List<T> values) throws Exception;

    /** Appends all {@code values} to the current key's list. */
    void addAll(List<T> values) throws Exception;
}
