/**
 * Explicit binary codecs for the messages cluster processes exchange: one {@link
 * io.riffle.runtime.rpc.codec.MessageCodec} per message type, found by type id in a {@link
 * io.riffle.runtime.rpc.codec.MessageCodecRegistry}. No Java serialization of arbitrary classes:
 * user code travels only as opaque bytes inside the messages that carry it.
 *
 * <p>{@link io.riffle.runtime.rpc.codec.ClusterMessageCodecs#registry()} holds the codecs of every
 * JobManager/TaskManager message; their type ids are listed, by range, in {@link
 * io.riffle.runtime.rpc.codec.MessageTypeIds}. The codecs are grouped by concern (ids, deployment,
 * tasks, slots, jobs), each group documenting its wire layout. All numbers are big-endian and
 * fixed-width; strings are length-prefixed UTF-8 of at most 1 MiB; a nullable value has a presence
 * byte; lists have an element count; enums travel as their ordinal (so constants may be appended,
 * never reordered). A decoder checks every length and count against a maximum and against the bytes
 * left before it allocates, and reports malformed input as an {@link java.io.IOException} that
 * names the message type and what is wrong.
 *
 * <p>Two things cannot be decoded without the job's class loader, so they travel in a wire form:
 * <ul>
 * <li>exceptions decode as a {@link io.riffle.runtime.rpc.codec.SerializedThrowable}, which keeps
 * the original's class name, message, stack trace and causes and prints like the original;
 * <li>accumulators are user objects and travel Java-serialized (the one exception DESIGN.md §3
 * allows for user code) in {@link io.riffle.runtime.rpc.codec.EncodedTaskExecutionState} and {@link
 * io.riffle.runtime.rpc.codec.EncodedJobResult}; the JobMaster (for task states) and the client (for
 * job results) deserialize them with the job's class loader.
 * </ul>
 * The local cluster passes the message objects themselves, original exceptions included, and uses
 * no codec.
 *
 * <p>{@link io.riffle.runtime.rpc.codec.WireFormat} and {@link io.riffle.runtime.rpc.codec.WireCodec}
 * are the building blocks; they are public so that the gateway requests ({@code
 * io.riffle.runtime.rpc.gateway}) are written with the same checks.
 *
 * <p>The runtime implements and uses the codecs; nobody else.
 */
@Version("1.0.0")
package io.riffle.runtime.rpc.codec;

import org.osgi.annotation.versioning.Version;
