/**
 * What a JobMaster sends a TaskExecutor to run one subtask: the task deployment descriptor with
 * the partitions it writes and the channels it reads.
 *
 * <p>Created by the JobMaster, read by TaskExecutors.
 */
@Version("1.0.0")
package io.riffle.runtime.deployment;

import org.osgi.annotation.versioning.Version;
