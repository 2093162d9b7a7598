/**
 * The job graph: what the JobMaster schedules. Vertices are chains of operators with a
 * parallelism; edges are the data sets they exchange. Each vertex carries its operator chain as
 * Java-serialized bytes that only the job's class loader can read, so every parallel subtask gets
 * its own copy of the user functions.
 *
 * <p>Created by the runtime's graph translation; read by the JobMaster and TaskExecutors.
 */
@Version("1.0.0")
package io.riffle.runtime.jobgraph;

import org.osgi.annotation.versioning.Version;
