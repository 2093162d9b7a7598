/**
 * The source API: a {@link io.riffle.api.connector.source.Source} is split into
 * {@link io.riffle.api.connector.source.SourceSplit}s by a
 * {@link io.riffle.api.connector.source.SplitEnumerator} on the JobMaster, and read by one
 * {@link io.riffle.api.connector.source.SourceReader} per parallel subtask.
 *
 * <p>Mirrors {@code org.apache.flink.api.connector.source} (FLIP-27). Connector authors implement the
 * source, enumerator and reader; the runtime implements the contexts and outputs.
 */
@Version("1.1.0")
package io.riffle.api.connector.source;

import org.osgi.annotation.versioning.Version;
