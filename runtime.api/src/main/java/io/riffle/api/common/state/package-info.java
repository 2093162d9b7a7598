/**
 * Keyed state: the state kinds a function on a keyed stream reads and writes for the key of the
 * record it is processing, and the descriptors that name and type them.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.state}, so a Flink job ports by rewriting its
 * imports. Job authors create the descriptors and consume the state interfaces; the runtime (a
 * state backend in the TaskManager) implements the interfaces and {@link
 * io.riffle.api.common.state.KeyedStateStore}.
 *
 * <p>Where Riffle differs from Flink: no state TTL and no queryable state yet; list and map
 * descriptors report {@code null} from {@code getTypeInformation()} and expose their element, key
 * and value types through their own getters instead of Flink's {@code ListTypeInfo}/{@code MapTypeInfo}.
 */
@Version("1.0.0")
package io.riffle.api.common.state;

import org.osgi.annotation.versioning.Version;
