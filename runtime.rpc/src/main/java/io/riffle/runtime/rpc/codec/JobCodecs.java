package io.riffle.runtime.rpc.codec;

import static io.riffle.runtime.rpc.codec.WireFormat.construct;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.jobgraph.SerializedValue;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What the Dispatcher answers about jobs: listings and results.
 *
 * <pre>
 * JobStatusMessage: JobID, nullable string jobName, JobStatus, long startTimeMillis
 * EncodedJobResult: JobID, nullable string jobName, JobStatus, long netRuntimeMillis,
 *     nullable Throwable failureCause, int count, then per accumulator: string name, bytes (Java-serialized)
 * </pre>
 */
final class JobCodecs {

    private JobCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(MessageTypeIds.JOB_STATUS_MESSAGE, JobStatusMessage.class, JobCodecs::writeStatusMessage,
                        JobCodecs::readStatusMessage),
                WireCodec.of(MessageTypeIds.JOB_RESULT, EncodedJobResult.class, JobCodecs::writeResult, JobCodecs::readResult));
    }

    static void writeStatusMessage(JobStatusMessage message, DataOutputView out) throws IOException {
        WireFormat.writeJobId(message.jobId(), out);
        WireFormat.writeNullableString(message.jobName(), out);
        WireFormat.writeEnum(message.status(), out);
        out.writeLong(message.startTimeMillis());
    }

    static JobStatusMessage readStatusMessage(DataInputView in) throws IOException {
        JobID jobId = WireFormat.readJobId(in);
        String jobName = WireFormat.readNullableString(in, "job name");
        JobStatus status = WireFormat.readEnum(in, JobStatus.class);
        long startTimeMillis = in.readLong();
        return construct("JobStatusMessage", () -> new JobStatusMessage(jobId, jobName, status, startTimeMillis));
    }

    static void writeResult(EncodedJobResult result, DataOutputView out) throws IOException {
        WireFormat.writeJobId(result.jobId(), out);
        WireFormat.writeNullableString(result.jobName(), out);
        WireFormat.writeEnum(result.status(), out);
        out.writeLong(result.netRuntimeMillis());
        WireFormat.writeNullable(result.failureCause(), out, ThrowableCodec::write);
        WireFormat.writeSerializedValues(result.accumulators(), out);
    }

    static EncodedJobResult readResult(DataInputView in) throws IOException {
        JobID jobId = WireFormat.readJobId(in);
        String jobName = WireFormat.readNullableString(in, "job name");
        JobStatus status = WireFormat.readEnum(in, JobStatus.class);
        long netRuntimeMillis = in.readLong();
        SerializedThrowable failureCause = WireFormat.readNullable(in, "failure cause", ThrowableCodec::read);
        Map<String, SerializedValue<Object>> accumulators = WireFormat.readSerializedValues(in, "accumulators");
        return construct("EncodedJobResult",
                () -> new EncodedJobResult(jobId, jobName, status, netRuntimeMillis, failureCause, accumulators));
    }
}
