/**
 * Descriptions of the operators a job runs: which kind, with which user function. The runtime
 * turns each description into its operator implementation on the TaskManager.
 *
 * <p>Where Flink puts operator classes ({@code org.apache.flink.streaming.api.operators}), Riffle
 * keeps only serializable descriptions, so operator implementations stay private to the runtime.
 * Created by the DataStream API; job authors do not use them directly.
 */
@Version("1.0.0")
package io.riffle.streaming.api.operators;

import org.osgi.annotation.versioning.Version;
