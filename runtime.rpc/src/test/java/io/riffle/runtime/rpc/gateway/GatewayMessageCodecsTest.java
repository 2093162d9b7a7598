package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewaySamples.ALLOCATION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.ATTEMPT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.JOB;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.SLOT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER_LOCATION;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.ClusterMessageCodecs;
import io.riffle.runtime.rpc.codec.EncodedTaskExecutionState;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import io.riffle.runtime.rpc.codec.MessageTypeIds;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

public class GatewayMessageCodecsTest {

    private static final RpcAddress JOB_MASTER = new RpcAddress("10.0.0.7", 6123, "jobmaster-" + JOB, LEADER_SESSION);
    private static final RpcAddress TASK_EXECUTOR = new RpcAddress("täskhost.example", 40_001, "taskexecutor");
    private static final DisconnectTaskExecutor LOST_HEARTBEAT = new DisconnectTaskExecutor(TASK_MANAGER,
            new IllegalStateException("heartbeat timed out", new IOException("reset")));
    private static final RequestSlot REQUEST_SLOT = new RequestSlot(SLOT, JOB, ALLOCATION, JOB_MASTER);

    private static final BlobKey BLOB = new BlobKey("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", (1 << 20) + 2);

    private final MessageCodecRegistry registry = RiffleMessageCodecs.registry();

    /** One sample per gateway message class, with nullable fields both set and null. */
    private static List<Object> samples() throws IOException {
        return List.of(
                JOB_MASTER, TASK_EXECUTOR,
                REQUEST_SLOT,
                new FreeSlot(ALLOCATION),
                new SubmitTask(GatewaySamples.sourceTask()),
                new CancelTask(ATTEMPT),
                new SendOperatorEvent(ATTEMPT, 3, new OperatorEvent.AddSplits(2, List.of(new byte[] {1, 2}, new byte[0]))),
                new SendOperatorEvent(ATTEMPT, 0, new OperatorEvent.NoMoreSplits()),
                new HeartbeatFromResourceManager(),
                new HeartbeatFromJobManager(JOB),
                new HeartbeatFromTaskManager(TASK_MANAGER),
                new OfferSlots(TASK_MANAGER_LOCATION, TASK_EXECUTOR, List.of(new SlotOffer(ALLOCATION, 0), new SlotOffer(ALLOCATION, 1))),
                new OfferSlots(TASK_MANAGER_LOCATION, TASK_EXECUTOR, List.of()),
                new AcceptedSlots(List.of(new SlotOffer(ALLOCATION, 1))),
                new UpdateTaskExecutionState(EncodedTaskExecutionState.of(new TaskExecutionState(JOB, ATTEMPT, ExecutionState.FAILED,
                        new IllegalStateException("bad record"), Map.of("records", new LongCounter(3))))),
                new SendOperatorEventToCoordinator(ATTEMPT, 1, new OperatorEvent.RequestSplit()),
                new RegisterTaskExecutor(new TaskExecutorRegistration(TASK_MANAGER, 4), TASK_EXECUTOR),
                LOST_HEARTBEAT,
                new DisconnectTaskExecutor(TASK_MANAGER, null),
                new DeclareRequiredSlots(JOB, JOB_MASTER, 4),
                new NotifySlotAvailable(SLOT),
                new ReadBlob(BLOB, 1 << 20, 1 << 20),
                new BlobChunk(BLOB, 1 << 20, new byte[] {4, 2}),
                new BlobChunk(BLOB, 0, new byte[0]));
    }

    @Test
    public void everyGatewayMessageSurvivesARoundTripWithAllItsFields() throws IOException {
        Set<Class<?>> covered = new HashSet<>();
        for (Object sample : samples()) {
            MessageCodec<Object> codec = codecFor(sample);
            covered.add(codec.type());
            byte[] bytes = encode(codec, sample);
            DataInputDeserializer in = new DataInputDeserializer(bytes);
            Object decoded = codec.decode(in);

            assertEquals(codec + " must read exactly what it wrote", 0, in.available());
            // Every field is on the wire: equal bytes mean equal fields, also where equals() is identity.
            assertArrayEquals(codec + " re-encoding " + sample, bytes, encode(codec, decoded));
            if (!(sample instanceof SendOperatorEvent || sample instanceof UpdateTaskExecutionState || sample instanceof BlobChunk
                    || sample instanceof DisconnectTaskExecutor && ((DisconnectTaskExecutor) sample).cause() != null)) {
                assertEquals(sample, decoded);
            }
        }
        Set<String> missing = new TreeSet<>();
        GatewayMessageCodecs.all().forEach(codec -> {
            if (!covered.contains(codec.type())) {
                missing.add(codec.type().getName());
            }
        });
        assertTrue("no sample for " + missing, missing.isEmpty());
    }

    @Test
    public void anAddressKeepsItsFencingToken() throws IOException {
        RpcAddress decoded = (RpcAddress) roundTrip(JOB_MASTER);
        assertEquals(LEADER_SESSION, decoded.fencingToken());
        assertEquals(null, ((RpcAddress) roundTrip(TASK_EXECUTOR)).fencingToken());
    }

    @Test
    public void aDisconnectCauseArrivesWithItsClassMessageAndCauses() throws IOException {
        DisconnectTaskExecutor decoded = (DisconnectTaskExecutor) roundTrip(LOST_HEARTBEAT);
        assertEquals("java.lang.IllegalStateException: heartbeat timed out", decoded.cause().toString());
        assertEquals("java.io.IOException: reset", decoded.cause().getCause().toString());
    }

    @Test
    public void everyGatewayTypeIdIsDeclaredOnceInItsRangeAndUsedByExactlyOneCodec() throws IllegalAccessException {
        Map<Integer, String> declared = new HashMap<>();
        for (Field field : GatewayMessageTypeIds.class.getFields()) {
            int id = field.getInt(null);
            assertEquals("type id " + id + " is taken twice", null, declared.put(id, field.getName()));
            assertTrue(field.getName() + " = " + id + " is outside 1000..1999", id >= 1000 && id <= 1999);
        }
        List<Integer> used = new ArrayList<>();
        for (MessageCodec<?> codec : GatewayMessageCodecs.all()) {
            assertTrue(codec + " uses an undeclared type id", declared.containsKey(codec.typeId()));
            used.add(codec.typeId());
        }
        assertEquals("a type id used twice", new HashSet<>(used).size(), used.size());
        assertEquals("declared but unused type ids", declared.keySet(), new HashSet<>(used));
    }

    @Test
    public void theProcessRegistryHoldsTheClusterAndTheGatewayCodecs() {
        assertEquals(ClusterMessageCodecs.all().size() + GatewayMessageCodecs.all().size(), registry.codecs().size());
        assertTrue(registry.forTypeId(MessageTypeIds.SLOT_OFFER).isPresent());
        assertTrue(registry.forType(RequestSlot.class).isPresent());
    }

    @Test
    public void anOperatorEventFieldWithTheTypeIdOfAnotherMessageIsRejected() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        out.write(encode(codecFor(ATTEMPT), ATTEMPT));
        out.writeInt(7);                                  // operator id
        out.writeShort(MessageTypeIds.SLOT_OFFER);        // not an operator event
        MessageCodec<Object> eventCodec = codecFor(new SendOperatorEvent(ATTEMPT, 7, new OperatorEvent.RequestSplit()));

        IOException e = assertThrows(IOException.class, () -> eventCodec.decode(new DataInputDeserializer(out.getCopyOfBuffer())));

        assertEquals("SendOperatorEvent: type id 201 is not an operator event", e.getMessage());
    }

    @Test
    public void aTruncatedRequestNamesItsType() throws IOException {
        MessageCodec<Object> codec = codecFor(REQUEST_SLOT);
        byte[] bytes = encode(codec, REQUEST_SLOT);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);

        EOFException e = assertThrows(EOFException.class, () -> codec.decode(new DataInputDeserializer(cut)));

        assertTrue(e.getMessage(), e.getMessage().startsWith("RequestSlot: truncated"));
    }

    @Test
    public void anInvalidFieldValueIsAnIOExceptionNamingTheMessage() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        out.write(encode(codecFor(JOB), JOB));
        out.write(encode(codecFor(JOB_MASTER), JOB_MASTER));
        out.writeInt(-1);
        MessageCodec<Object> codec = codecFor(new DeclareRequiredSlots(JOB, JOB_MASTER, 1));

        IOException e = assertThrows(IOException.class, () -> codec.decode(new DataInputDeserializer(out.getCopyOfBuffer())));

        assertTrue(e.getMessage(), e.getMessage().startsWith("DeclareRequiredSlots: invalid") && e.getMessage().contains("cannot require -1 slots"));
    }

    private Object roundTrip(Object message) throws IOException {
        MessageCodec<Object> codec = codecFor(message);
        return codec.decode(new DataInputDeserializer(encode(codec, message)));
    }

    private MessageCodec<Object> codecFor(Object message) {
        return registry.forValue(message).orElseThrow(() -> new AssertionError("no codec for " + message.getClass()));
    }

    private static byte[] encode(MessageCodec<Object> codec, Object message) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        codec.encode(message, out);
        return out.getCopyOfBuffer();
    }
}
