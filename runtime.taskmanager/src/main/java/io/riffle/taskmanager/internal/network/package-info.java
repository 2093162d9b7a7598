/**
 * The data plane of a TaskManager: how records travel between tasks.
 *
 * <ul>
 *   <li>{@code buffer}: one {@link io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool}
 *       per TaskManager, carved into fixed-size
 *       {@link io.riffle.taskmanager.internal.network.buffer.LocalBufferPool}s, one per result
 *       partition (default {@code 2 * subpartitions + 8} buffers of 32 KiB). A producer whose pool is
 *       exhausted parks in {@code requestBufferBlocking}: that is backpressure.</li>
 *   <li>{@code serialization}: stream elements framed as a 4-byte length and bytes that may span
 *       buffers, and events in their own buffers.</li>
 *   <li>{@code partition}: what a task writes ({@code ResultPartition}, one subpartition per
 *       consumer, filled by a {@code RecordWriter}) and the {@code ResultPartitionManager} through
 *       which consumers find it, even when they start first.</li>
 *   <li>{@code gate}: what a task reads: a {@code SingleInputGate} of {@code InputChannel}s, served
 *       round robin, with a listener that wakes the task thread.</li>
 *   <li>{@code input}: {@code StreamTaskNetworkInput}, which turns a gate back into elements for the
 *       head operator.</li>
 * </ul>
 *
 * <p>How a task uses it. Setting up: for each produced partition,
 * {@code new ResultPartition(id, n, networkBufferPool.createBufferPool(ResultPartition.defaultNumberOfBuffers(n), owner))}
 * then {@code partitionManager.registerResultPartition(partition)} and a
 * {@code new RecordWriter<>(partition, ChannelSelectorFactory.create(partitioning, maxParallelism), serializer, bufferTimeout == 0, maxRecordSize)};
 * for the input, a {@code SingleInputGate} with one {@code LocalInputChannel} per consumed
 * subpartition, {@code gate.setAvailabilityListener(mailbox::signalInput)}, then
 * {@code gate.requestPartitions()} and a {@code StreamTaskNetworkInput}. Running, on the task
 * thread: {@code emit}/{@code broadcastEmit} records and watermarks; {@code flushAll()} every buffer
 * timeout (a mailbox action) and before the task sleeps; call {@code emitNext} while it returns
 * {@code MORE_AVAILABLE}, sleep on the mailbox after {@code NOTHING_AVAILABLE} (the listener wakes
 * it; no notification is lost), stop at {@code END_OF_INPUT}. Ending: {@code writer.finish()}
 * sends the end of partition; the partition is released once all its readers have read it. On
 * failure or cancellation: {@code partitionManager.releasePartition(id, cause)} (wakes readers and a
 * producer blocked on a buffer), {@code writer.close()}, {@code input.close()}.
 *
 * <p>{@code netty}: the exchange between TaskManager processes. A data server per TaskManager reads
 * {@code ResultSubpartitionView}s for remote consumers; a {@code RemoteInputChannel} reads over one
 * connection per pair of TaskManagers, with credit-based flow control (a sender never sends
 * without credit). Tasks pick local or remote channels from the producer's
 * {@code TaskManagerLocation}.
 */
package io.riffle.taskmanager.internal.network;
