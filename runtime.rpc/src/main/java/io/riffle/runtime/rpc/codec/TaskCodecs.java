package io.riffle.runtime.rpc.codec;

import static io.riffle.runtime.rpc.codec.WireFormat.construct;

import io.riffle.api.common.JobID;
import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What running tasks exchange with the JobMaster: their state changes and the events between source
 * readers and split enumerators. Splits are opaque bytes of the source's split serializer.
 *
 * <pre>
 * EncodedTaskExecutionState: JobID, ExecutionAttemptId, ExecutionState, nullable Throwable failure,
 *     int count, then per accumulator: string name, bytes (Java-serialized)
 * OperatorEvent.RequestSplit, OperatorEvent.NoMoreSplits: nothing (the type id says it all)
 * OperatorEvent.AddSplits: int serializerVersion, list of bytes
 * </pre>
 */
final class TaskCodecs {

    private TaskCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(MessageTypeIds.TASK_EXECUTION_STATE, EncodedTaskExecutionState.class, TaskCodecs::writeTaskState,
                        TaskCodecs::readTaskState),
                WireCodec.of(MessageTypeIds.OPERATOR_EVENT_REQUEST_SPLIT, OperatorEvent.RequestSplit.class, (event, out) -> { },
                        in -> new OperatorEvent.RequestSplit()),
                WireCodec.of(MessageTypeIds.OPERATOR_EVENT_ADD_SPLITS, OperatorEvent.AddSplits.class, TaskCodecs::writeAddSplits,
                        TaskCodecs::readAddSplits),
                WireCodec.of(MessageTypeIds.OPERATOR_EVENT_NO_MORE_SPLITS, OperatorEvent.NoMoreSplits.class, (event, out) -> { },
                        in -> new OperatorEvent.NoMoreSplits()));
    }

    static void writeTaskState(EncodedTaskExecutionState state, DataOutputView out) throws IOException {
        WireFormat.writeJobId(state.jobId(), out);
        IdCodecs.writeExecutionAttemptId(state.executionId(), out);
        WireFormat.writeEnum(state.state(), out);
        WireFormat.writeNullable(state.failure(), out, ThrowableCodec::write);
        WireFormat.writeSerializedValues(state.accumulators(), out);
    }

    static EncodedTaskExecutionState readTaskState(DataInputView in) throws IOException {
        JobID jobId = WireFormat.readJobId(in);
        ExecutionAttemptId executionId = IdCodecs.readExecutionAttemptId(in);
        ExecutionState state = WireFormat.readEnum(in, ExecutionState.class);
        SerializedThrowable failure = WireFormat.readNullable(in, "failure", ThrowableCodec::read);
        Map<String, SerializedValue<Accumulator<?, ?>>> accumulators = WireFormat.readSerializedValues(in, "accumulators");
        return construct("EncodedTaskExecutionState", () -> new EncodedTaskExecutionState(jobId, executionId, state, failure, accumulators));
    }

    static void writeAddSplits(OperatorEvent.AddSplits event, DataOutputView out) throws IOException {
        out.writeInt(event.serializerVersion());
        WireFormat.writeList(event.splits(), out, WireFormat::writeBytes);
    }

    static OperatorEvent.AddSplits readAddSplits(DataInputView in) throws IOException {
        int serializerVersion = in.readInt();
        List<byte[]> splits = WireFormat.readList(in, "splits", 4, input -> WireFormat.readBytes(input, "split"));
        return construct("OperatorEvent.AddSplits", () -> new OperatorEvent.AddSplits(serializerVersion, splits));
    }
}
