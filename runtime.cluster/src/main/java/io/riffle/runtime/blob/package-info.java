/**
 * Blobs the JobManager keeps for TaskManagers to fetch: today the job bundles clients upload.
 *
 * <p>{@link io.riffle.runtime.blob.BlobKey} names a blob by its content; the JobManager keeps them
 * in its {@link io.riffle.runtime.blob.BlobStore}, and TaskManagers read them through the
 * {@link io.riffle.runtime.blob.BlobServerGateway}, in {@link io.riffle.runtime.blob.BlobChunk}s.
 */
@Version("1.0.0")
package io.riffle.runtime.blob;

import org.osgi.annotation.versioning.Version;
