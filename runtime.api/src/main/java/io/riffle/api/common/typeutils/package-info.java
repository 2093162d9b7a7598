/**
 * Serializers: how values of a type become bytes and back.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.typeutils}. The runtime builds one serializer per
 * type and edge and calls it per record; job authors rarely implement one themselves.
 */
@Version("1.0.0")
package io.riffle.api.common.typeutils;

import org.osgi.annotation.versioning.Version;
