package io.riffle.runtime.rpc.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.runtime.taskexecutor.ExecutionState;
import java.io.EOFException;
import java.io.IOException;
import org.junit.Test;

/** Garbage is refused with an {@link IOException} that says which message and what is wrong with it. */
public class DecodingErrorsTest {

    private final MessageCodecRegistry registry = ClusterMessageCodecs.registry();
    private final DataOutputSerializer out = new DataOutputSerializer(64);

    @Test
    public void aCountBeyondTheMaximumIsNamed() throws IOException {
        out.writeInt(Integer.MAX_VALUE);
        assertError(MessageTypeIds.INPUT_GATE_DEPLOYMENT_DESCRIPTOR,
                "InputGateDeploymentDescriptor: list of 2147483647 channels exceeds the maximum of 1048576");
    }

    @Test
    public void aCountBeyondTheBytesLeftIsNamed() throws IOException {
        out.writeInt(1000);
        out.write(new byte[120]);
        assertError(MessageTypeIds.INPUT_GATE_DEPLOYMENT_DESCRIPTOR,
                "InputGateDeploymentDescriptor: list of 1000 channels exceeds the 120 bytes left");
    }

    @Test
    public void aNegativeCountIsNamed() throws IOException {
        out.writeInt(1);
        out.writeInt(-3);
        assertError(MessageTypeIds.OPERATOR_EVENT_ADD_SPLITS, "OperatorEvent.AddSplits: list of -3 splits: a count must not be negative");
    }

    @Test
    public void aRecordsOwnValidationBecomesAnIOException() throws IOException {
        out.writeInt(0);
        assertError(MessageTypeIds.INPUT_GATE_DEPLOYMENT_DESCRIPTOR,
                "InputGateDeploymentDescriptor: invalid: java.lang.IllegalArgumentException: an input gate needs at least one channel");
    }

    @Test
    public void aNestedRecordsValidationNamesBothRecords() throws IOException {
        WireFormat.writeUuid(SampleMessages.SOURCE_TO_MAP.value(), out);
        out.writeInt(-1);
        WireFormat.writeUuid(SampleMessages.SOURCE_ATTEMPT.value(), out);
        out.writeInt(4);
        assertError(MessageTypeIds.RESULT_PARTITION_DEPLOYMENT_DESCRIPTOR, "ResultPartitionDeploymentDescriptor: ResultPartitionId: invalid: "
                + "java.lang.IllegalArgumentException: partition index must not be negative: -1");
    }

    @Test
    public void aMissingFailureOfAFailedTaskIsNamed() throws IOException {
        WireFormat.writeJobId(SampleMessages.JOB, out);
        WireFormat.writeUuid(SampleMessages.MAP_ATTEMPT.value(), out);
        WireFormat.writeEnum(ExecutionState.FAILED, out);
        WireFormat.writeBoolean(false, out);
        out.writeInt(0);
        assertError(MessageTypeIds.TASK_EXECUTION_STATE, "EncodedTaskExecutionState: invalid: java.lang.IllegalArgumentException: "
                + "a failure cause is required for, and only for, FAILED; state FAILED");
    }

    @Test
    public void anEnumOrdinalOutOfRangeIsNamed() throws IOException {
        out.writeByte(9);
        assertError(MessageTypeIds.JOB_STATUS, "JobStatus: ordinal 9 is outside 0..8");
    }

    @Test
    public void malformedUtf8IsNamed() throws IOException {
        out.writeInt(2);
        out.write(new byte[] {(byte) 0xC3, 0x28});
        assertError(MessageTypeIds.RESOURCE_ID, "ResourceId: resource id: 2 bytes are not valid UTF-8");
    }

    @Test
    public void aStringLongerThanTheMaximumIsRefusedBeforeItIsRead() throws IOException {
        out.writeInt(2 << 20);
        assertError(MessageTypeIds.RESOURCE_ID, "ResourceId: resource id: length 2097152 is outside 0..1048576");
    }

    @Test
    public void aPresenceByteOtherThanZeroOrOneIsNamed() throws IOException {
        WireFormat.writeJobId(SampleMessages.JOB, out);
        out.writeByte(7);
        assertError(MessageTypeIds.JOB_STATUS_MESSAGE, "JobStatusMessage: job name presence: expected a flag of 0 or 1, got 7");
    }

    @Test
    public void twoAccumulatorsWithOneNameAreRefused() throws IOException {
        WireFormat.writeJobId(SampleMessages.JOB, out);
        WireFormat.writeNullableString(null, out);
        out.writeByte(io.riffle.api.common.JobStatus.FINISHED.ordinal());
        out.writeLong(1L);
        WireFormat.writeBoolean(false, out);
        out.writeInt(2);
        for (int i = 0; i < 2; i++) {
            WireFormat.writeString("x", out);
            WireFormat.writeBytes(new byte[] {1}, out);
        }
        assertError(MessageTypeIds.JOB_RESULT, "EncodedJobResult: two accumulators named 'x'");
    }

    @Test
    public void aThrowableWithoutLevelsIsRefused() throws IOException {
        out.writeInt(0);
        assertError(MessageTypeIds.THROWABLE, "Throwable: a throwable has 1..32 levels of causes, not 0");
    }

    @Test
    public void truncatedInputIsAnEofExceptionThatSaysSo() throws IOException {
        WireFormat.writeUuid(SampleMessages.ALLOCATION.value(), out);
        IOException e = decodeExpectingFailure(MessageTypeIds.SLOT_OFFER);
        assertEquals(EOFException.class, e.getClass());
        assertEquals("SlotOffer: truncated: wanted 4 bytes, 0 left", e.getMessage());
    }

    private void assertError(int typeId, String expected) {
        assertEquals(expected, decodeExpectingFailure(typeId).getMessage());
    }

    private IOException decodeExpectingFailure(int typeId) {
        MessageCodec<?> codec = registry.forTypeId(typeId).orElseThrow();
        return assertThrows(IOException.class, () -> codec.decode(new DataInputDeserializer(out.getCopyOfBuffer())));
    }
}
