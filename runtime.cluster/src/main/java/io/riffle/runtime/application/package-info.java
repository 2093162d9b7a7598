/**
 * Running a job bundle's {@code main()} on the cluster from a stored bundle: what the REST API's
 * {@code /jars/:jarid/run} and {@code /jars/:jarid/plan} call.
 *
 * <p>{@link io.riffle.runtime.application.ApplicationRunner} is implemented by the JobManager
 * bundle and consumed by the REST API.
 */
@Version("1.0.0")
package io.riffle.runtime.application;

import org.osgi.annotation.versioning.Version;
