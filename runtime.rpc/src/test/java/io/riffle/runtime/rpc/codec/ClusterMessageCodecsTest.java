package io.riffle.runtime.rpc.codec;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.riffle.api.common.JobStatus;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.dispatcher.JobResult;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

public class ClusterMessageCodecsTest {

    private final MessageCodecRegistry registry = ClusterMessageCodecs.registry();

    @Test
    public void everyMessageTypeSurvivesARoundTripWithAllItsFields() throws IOException {
        Set<Class<?>> covered = new HashSet<>();
        for (Object sample : SampleMessages.all()) {
            MessageCodec<Object> codec = codecFor(sample);
            covered.add(codec.type());
            byte[] bytes = SampleMessages.encode(codec, sample);
            DataInputDeserializer in = new DataInputDeserializer(bytes);
            Object decoded = codec.decode(in);

            assertEquals(codec + " must read exactly what it wrote", 0, in.available());
            // Every field is on the wire, so equal bytes mean equal fields, also for the types whose
            // equals() is identity (throwables) or compares arrays by reference (AddSplits).
            assertArrayEquals(codec + " re-encoding " + sample, bytes, SampleMessages.encode(codec, decoded));
            if (!(sample instanceof Throwable || sample instanceof OperatorEvent.AddSplits || sample instanceof EncodedTaskExecutionState
                    || sample instanceof EncodedJobResult)) {
                assertEquals(sample, decoded);
            }
        }
        Set<String> missing = new TreeSet<>();
        for (MessageCodec<?> codec : registry.codecs()) {
            if (!covered.contains(codec.type())) {
                missing.add(codec.type().getName());
            }
        }
        assertTrue("no sample message for " + missing, missing.isEmpty());
    }

    @Test
    public void addSplitsKeepsEverySplitsBytesInOrder() throws IOException {
        OperatorEvent.AddSplits event = new OperatorEvent.AddSplits(3, List.of(new byte[] {1, 2, 3}, new byte[0], new byte[] {-1}));
        OperatorEvent.AddSplits decoded = (OperatorEvent.AddSplits) roundTrip(event);
        assertEquals(3, decoded.serializerVersion());
        assertEquals(3, decoded.splits().size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(event.splits().get(i), decoded.splits().get(i));
        }
    }

    @Test
    public void encodedTaskStateKeepsItsIdsStateFailureAndAccumulatorBytes() throws IOException {
        EncodedTaskExecutionState sent = SampleMessages.failedTaskState();
        EncodedTaskExecutionState received = (EncodedTaskExecutionState) roundTrip(sent);
        assertEquals(sent.jobId(), received.jobId());
        assertEquals(sent.executionId(), received.executionId());
        assertEquals(sent.state(), received.state());
        assertEquals(sent.accumulators(), received.accumulators());
        assertEquals(sent.failure().toString(), received.failure().toString());
        assertEquals(sent.failure().getCause().toString(), received.failure().getCause().toString());
    }

    @Test
    public void encodedJobResultKeepsEveryField() throws IOException {
        EncodedJobResult sent = SampleMessages.failedJobResult();
        EncodedJobResult received = (EncodedJobResult) roundTrip(sent);
        assertEquals(sent.jobId(), received.jobId());
        assertEquals("WordCount", received.jobName());
        assertEquals(sent.status(), received.status());
        assertEquals(98_765L, received.netRuntimeMillis());
        assertEquals(sent.accumulators(), received.accumulators());
        assertEquals(sent.failureCause().toString(), received.failureCause().toString());
    }

    @Test
    public void everyTypeIdConstantIsUniqueInItsRangeAndUsedByExactlyOneCodec() throws IllegalAccessException {
        Map<Integer, String> constants = new HashMap<>();
        for (Field field : MessageTypeIds.class.getFields()) {
            assertTrue(field.getName(), Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()));
            String previous = constants.put(field.getInt(null), field.getName());
            assertEquals("type id " + field.getInt(null) + " is taken twice", null, previous);
        }
        List<Integer> used = new ArrayList<>();
        for (MessageCodec<?> codec : registry.codecs()) {
            assertTrue(codec + " uses a type id MessageTypeIds does not declare", constants.containsKey(codec.typeId()));
            assertTrue(codec + " has a type id outside 1..499", codec.typeId() >= 1 && codec.typeId() < 500);
            used.add(codec.typeId());
        }
        assertEquals("a type id used twice", new HashSet<>(used).size(), used.size());
        assertEquals("declared but unused type ids", constants.keySet(), new HashSet<>(used));
    }

    @Test
    public void registryFindsEachCodecByTypeIdAndByMessageClass() {
        for (MessageCodec<?> codec : registry.codecs()) {
            assertSame(codec, registry.forTypeId(codec.typeId()).orElseThrow());
            assertSame(codec, registry.forType(codec.type()).orElseThrow());
        }
    }

    @Test
    public void anyExceptionFindsTheThrowableCodecByValue() {
        MessageCodec<?> throwableCodec = registry.forTypeId(MessageTypeIds.THROWABLE).orElseThrow();
        assertSame(throwableCodec, registry.forValue(new IllegalStateException("x")).orElseThrow());
        assertSame(throwableCodec, registry.forValue(new OutOfMemoryError()).orElseThrow());
        assertSame(throwableCodec, registry.forValue(SerializedThrowable.of(new RuntimeException())).orElseThrow());
        assertSame(registry.forType(ResourceId.class).orElseThrow(), registry.forValue(SampleMessages.TASK_MANAGER_1).orElseThrow());
        assertTrue(registry.forValue(new Object()).isEmpty());
    }

    @Test
    public void equalMessagesEncodeToEqualBytesWhateverTheOrderOfTheirAccumulators() throws IOException {
        Map<String, Object> forwards = new LinkedHashMap<>();
        Map<String, Object> backwards = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            forwards.put("accumulator-" + i, (long) i);
            backwards.put("accumulator-" + (19 - i), (long) (19 - i));
        }
        EncodedJobResult one = EncodedJobResult.of(new JobResult(SampleMessages.JOB, "j", JobStatus.FINISHED, 1L, null, forwards));
        EncodedJobResult two = EncodedJobResult.of(new JobResult(SampleMessages.JOB, "j", JobStatus.FINISHED, 1L, null, backwards));
        MessageCodec<Object> codec = codecFor(one);
        assertArrayEquals(SampleMessages.encode(codec, one), SampleMessages.encode(codec, two));
    }

    private Object roundTrip(Object message) throws IOException {
        MessageCodec<Object> codec = codecFor(message);
        return SampleMessages.decode(codec, SampleMessages.encode(codec, message));
    }

    @SuppressWarnings("unchecked")
    private MessageCodec<Object> codecFor(Object message) {
        return (MessageCodec<Object>) registry.forValue(message).orElseGet(() -> {
            fail("no codec for " + message.getClass().getName());
            return null;
        });
    }
}
