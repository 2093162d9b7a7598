/**
 * I/O contracts shared by connectors and the runtime: versioned serializers for splits and
 * checkpoints, and the status a reader reports.
 *
 * <p>Mirrors the same classes of {@code org.apache.flink.core.io}.
 */
@Version("1.0.0")
package io.riffle.core.io;

import org.osgi.annotation.versioning.Version;
