/**
 * How a job's {@code execute()} reaches a cluster: {@link io.riffle.core.execution.PipelineExecutor}s
 * run stream graphs and return {@link io.riffle.core.execution.JobClient}s.
 *
 * <p>Mirrors {@code org.apache.flink.core.execution}. The runtime implements the executors and job
 * clients; the DataStream API and job authors use them.
 */
@Version("1.1.0")
package io.riffle.core.execution;

import org.osgi.annotation.versioning.Version;
