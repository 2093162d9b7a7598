/**
 * The wire between Riffle processes: a {@link io.riffle.runtime.rpc.MessageTransport} accepts and
 * opens TCP connections and exchanges messages over them as length-prefixed frames, each message
 * written by the {@link io.riffle.runtime.rpc.codec.MessageCodec} registered for its class.
 *
 * <p>The transport, its {@link io.riffle.runtime.rpc.Connection}s and the settings are provided by
 * this bundle; the RPC layer and the JobManager and TaskManager bundles use them and implement
 * {@link io.riffle.runtime.rpc.MessageHandler} to receive messages. Callbacks run on the
 * transport's I/O threads: see {@code MessageHandler} for what they may do there.
 */
@Version("1.0.0")
package io.riffle.runtime.rpc;

import org.osgi.annotation.versioning.Version;
