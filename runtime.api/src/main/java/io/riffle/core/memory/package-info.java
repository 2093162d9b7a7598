/**
 * Byte-level views that serializers write to and read from.
 *
 * <p>Mirrors {@code org.apache.flink.core.memory}. The views are implemented by the runtime and by
 * the two in-memory classes here; serializers (in the runtime or written by job authors) consume them.
 */
@Version("1.0.0")
package io.riffle.core.memory;

import org.osgi.annotation.versioning.Version;
