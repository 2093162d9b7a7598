/**
 * Ready-made sources: number sequences (behind {@code fromSequence}), and the building blocks of
 * sources whose splits are known up front.
 *
 * <p>Mirrors {@code org.apache.flink.api.connector.source.lib}.
 */
@Version("1.0.0")
package io.riffle.api.connector.source.lib;

import org.osgi.annotation.versioning.Version;
