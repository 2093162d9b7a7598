package io.riffle.taskmanager.internal.operators;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** KeyedInput: makes each record's key the current key of the keyed state before the operator sees the record. */
public class KeyedInputTest {

    private static final int MAX_PARALLELISM = 128;

    /** Logs the backend's current key at every call. */
    private static final class KeyLoggingInput implements Input<String> {

        private final HeapKeyedStateBackend<Object> backend;
        final List<String> calls = new ArrayList<>();

        KeyLoggingInput(HeapKeyedStateBackend<Object> backend) {
            this.backend = backend;
        }

        @Override
        public void processElement(StreamRecord<String> record) {
            calls.add(record.getValue() + " with key " + backend.getCurrentKey());
        }

        @Override
        public void processWatermark(Watermark watermark) {
            calls.add(watermark + " with key " + backend.getCurrentKey());
        }

        @Override
        public void processWatermarkStatus(WatermarkStatus status) {
            calls.add(status + " with key " + backend.getCurrentKey());
        }
    }

    private static HeapKeyedStateBackend<Object> backend(KeyGroupRange range) {
        return new HeapKeyedStateBackend<>(range, MAX_PARALLELISM, new SerializerConfig());
    }

    @Test
    public void setsTheKeyOfEachRecordBeforeTheOperatorProcessesIt() throws Exception {
        HeapKeyedStateBackend<Object> backend = backend(new KeyGroupRange(0, MAX_PARALLELISM - 1));
        KeyLoggingInput operator = new KeyLoggingInput(backend);
        KeyedInput<String> input = new KeyedInput<>(operator, value -> value.split(":")[0], backend);

        input.processElement(new StreamRecord<>("a:1"));
        input.processElement(new StreamRecord<>("b:1"));
        input.processWatermark(new Watermark(5));
        input.processElement(new StreamRecord<>("a:2"));

        assertEquals(List.of("a:1 with key a", "b:1 with key b", "Watermark(5) with key b", "a:2 with key a"), operator.calls);
    }

    @Test
    public void failsOnARecordWhoseKeyBelongsToAnotherSubtask() {
        KeyGroupRange firstOfTwo = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(MAX_PARALLELISM, 2, 0);
        HeapKeyedStateBackend<Object> backend = backend(firstOfTwo);
        KeyLoggingInput operator = new KeyLoggingInput(backend);
        KeyedInput<String> input = new KeyedInput<>(operator, value -> value, backend);
        String foreignKey = "key-0";
        for (int n = 1; KeyGroupRangeAssignment.assignKeyToParallelOperator(foreignKey, MAX_PARALLELISM, 2) == 0; n++) {
            foreignKey = "key-" + n;
        }
        String foreign = foreignKey;

        assertThrows(IllegalStateException.class, () -> input.processElement(new StreamRecord<>(foreign)));
        assertEquals(List.of(), operator.calls);
    }
}
