/**
 * Heartbeats between cluster components: a {@link io.riffle.runtime.heartbeat.HeartbeatMonitor}
 * asks each of its targets for a heartbeat every interval and reports a target lost when none was
 * answered for the timeout, or when several requests in a row failed (the peer's process is gone).
 *
 * <p>Here rather than in runtime.rpc because it only needs future-returning calls: the
 * ResourceManager's wiring uses it for TaskExecutors now, the JobMaster can use it the same way.
 */
@Version("1.0.0")
package io.riffle.runtime.heartbeat;

import org.osgi.annotation.versioning.Version;
