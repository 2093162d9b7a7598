/**
 * Key groups: how keys are spread over parallel subtasks. A key belongs to one of
 * {@code maxParallelism} key groups; each subtask owns a contiguous range of them, so keyed state can
 * be redistributed by whole key groups when parallelism changes.
 *
 * <p>Pure functions and value types, used by the runtime on both the JobManager and TaskManager
 * side; nobody implements anything here.
 */
@Version("1.0.0")
package io.riffle.runtime.state;

import org.osgi.annotation.versioning.Version;
