/**
 * The graph a job's {@code main()} builds: {@link io.riffle.api.dag.Transformation}s, one per
 * operation, and the {@link io.riffle.api.dag.Pipeline} handed to an executor.
 *
 * <p>Mirrors {@code org.apache.flink.api.dag}. The DataStream API creates these and the runtime
 * reads them; job authors do not use them directly.
 */
@Version("1.0.0")
package io.riffle.api.dag;

import org.osgi.annotation.versioning.Version;
