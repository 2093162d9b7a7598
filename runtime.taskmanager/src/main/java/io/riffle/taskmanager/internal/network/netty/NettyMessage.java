package io.riffle.taskmanager.internal.network.netty;

/**
 * A message of the data protocol between TaskManagers; {@link DataFrameFormat} documents the wire
 * format of each. Consumers send {@link PartitionRequest}, {@link AddCredit} and
 * {@link CancelPartitionRequest}; producers answer with {@link BufferResponse} and
 * {@link ErrorResponse}.
 */
public sealed interface NettyMessage permits PartitionRequest, BufferResponse, AddCredit, CancelPartitionRequest, ErrorResponse {

    /** The message type id in the frame header. */
    int typeId();
}
