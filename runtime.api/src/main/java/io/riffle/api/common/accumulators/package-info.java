/**
 * Accumulators: values tasks add to while they run, merged by the JobMaster into the job's result.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.accumulators}. The counters here are ready to use;
 * job authors may implement {@link io.riffle.api.common.accumulators.Accumulator} themselves.
 */
@Version("1.0.0")
package io.riffle.api.common.accumulators;

import org.osgi.annotation.versioning.Version;
