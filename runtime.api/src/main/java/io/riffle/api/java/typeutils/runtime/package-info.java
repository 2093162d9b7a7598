/**
 * Serializers of tuples, POJOs and records, and the method-handle based field access they share
 * with the streaming aggregations.
 *
 * <p>Mirrors {@code org.apache.flink.api.java.typeutils.runtime}. The runtime implements these
 * classes and creates them through the type informations of
 * {@link io.riffle.api.java.typeutils}; job authors do not use them directly. They hold no
 * reflection objects across Java serialization: method handles are rebuilt on first use.
 */
@Version("1.0.0")
package io.riffle.api.java.typeutils.runtime;

import org.osgi.annotation.versioning.Version;
