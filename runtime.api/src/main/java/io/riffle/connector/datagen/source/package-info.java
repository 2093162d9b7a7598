/**
 * A source of generated records: record {@code i} is a user function of {@code i}.
 *
 * <p>Mirrors {@code org.apache.flink.connector.datagen.source}. Job authors implement
 * {@link io.riffle.connector.datagen.source.GeneratorFunction}.
 */
@Version("1.0.0")
package io.riffle.connector.datagen.source;

import org.osgi.annotation.versioning.Version;
