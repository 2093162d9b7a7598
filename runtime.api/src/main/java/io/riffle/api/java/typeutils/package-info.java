/**
 * Type information of composite types (tuples, POJOs, records, lists, maps) and the
 * {@link io.riffle.api.java.typeutils.TypeExtractor}, which derives the input and output types of
 * user functions from their classes or lambdas.
 *
 * <p>Mirrors {@code org.apache.flink.api.java.typeutils}. The runtime implements these classes; the
 * DataStream API consumes them, and job authors use them to give type hints.
 */
@Version("1.0.0")
package io.riffle.api.java.typeutils;

import org.osgi.annotation.versioning.Version;
