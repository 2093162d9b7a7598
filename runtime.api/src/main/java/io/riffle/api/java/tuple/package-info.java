/**
 * Tuples {@code Tuple1} to {@code Tuple5}: fixed-arity records with public fields {@code f0},
 * {@code f1}, ... that job authors create and read directly.
 *
 * <p>Mirrors {@code org.apache.flink.api.java.tuple} (which goes up to {@code Tuple25}). Riffle
 * implements these value classes; job authors use and may subclass them
 * ({@code class WordCount extends Tuple2<String, Integer>}). Tuple fields must not be null when a
 * tuple is serialized.
 */
@Version("1.0.0")
package io.riffle.api.java.tuple;

import org.osgi.annotation.versioning.Version;
