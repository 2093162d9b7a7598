package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.taskmanager.internal.memory.MemoryManager;
import io.riffle.taskmanager.internal.memory.SlotMemory;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;

/**
 * Runs one operator as its task would, without a task: gives it a context with a
 * {@link TestingProcessingTimeService} and (if keyed) a heap backend owning every key group, sends
 * it records and watermarks, and collects what it emits in a {@link TestingOutput}. A small cousin
 * of Flink's {@code OneInputStreamOperatorTestHarness}.
 */
final class OperatorTestHarness<IN, OUT> {

    static final int MAX_PARALLELISM = 128;
    static final String OPERATOR_NAME = "Tested Operator";
    static final TaskInfo TASK_INFO = new TaskInfo("test job", "test task", 1, 3, MAX_PARALLELISM, 2);

    final TestingOutput<OUT> output = new TestingOutput<>();
    final TestingProcessingTimeService processingTime = new TestingProcessingTimeService();
    final Accumulators accumulators = new Accumulators();
    final SlotMemory slotMemory = new MemoryManager("test-taskmanager", 1 << 20, 1).slot(0);

    private final StreamOperator<OUT> operator;
    private HeapKeyedStateBackend<Object> backend;
    private KeySelector<Object, Object> keySelector;
    private Input<IN> input;

    private OperatorTestHarness(StreamOperator<OUT> operator) {
        this.operator = operator;
    }

    static <IN, OUT> OperatorTestHarness<IN, OUT> of(StreamOperator<OUT> operator) {
        return new OperatorTestHarness<>(operator);
    }

    /** Makes the operator keyed: each record's key becomes the backend's current key before the operator sees it. */
    @SuppressWarnings("unchecked")
    <K> OperatorTestHarness<IN, OUT> keyedBy(KeySelector<IN, K> selector) {
        keySelector = (KeySelector<Object, Object>) (KeySelector<?, ?>) selector;
        backend = new HeapKeyedStateBackend<>(new KeyGroupRange(0, MAX_PARALLELISM - 1), MAX_PARALLELISM, new SerializerConfig());
        return this;
    }

    OperatorContext context() {
        return new OperatorContext(TASK_INFO, OPERATOR_NAME, getClass().getClassLoader(), accumulators, processingTime, backend,
                keySelector, slotMemory);
    }

    /** Sets the operator up and opens it, as the task does before the first record. */
    @SuppressWarnings("unchecked")
    OperatorTestHarness<IN, OUT> open() throws Exception {
        operator.setup(context(), output);
        if (operator instanceof Input<?> plain) {
            input = (Input<IN>) plain;
            if (backend != null) {
                input = new KeyedInput<>(input, (KeySelector<IN, Object>) (KeySelector<?, ?>) keySelector, backend);
            }
        }
        operator.open();
        return this;
    }

    void processElement(IN value) throws Exception {
        processElement(new StreamRecord<>(value));
    }

    void processElement(IN value, long timestamp) throws Exception {
        processElement(new StreamRecord<>(value, timestamp));
    }

    void processElement(StreamRecord<IN> record) throws Exception {
        requireInput().processElement(record);
    }

    void processWatermark(long timestamp) throws Exception {
        requireInput().processWatermark(new Watermark(timestamp));
    }

    void processWatermarkStatus(WatermarkStatus status) throws Exception {
        requireInput().processWatermarkStatus(status);
    }

    /** Moves processing time and runs the timers that became due. */
    void setProcessingTime(long time) throws Exception {
        processingTime.advanceTo(time);
    }

    void finish() throws Exception {
        operator.finish();
    }

    void close() throws Exception {
        operator.close();
    }

    HeapKeyedStateBackend<Object> keyedStateBackend() {
        return backend;
    }

    private Input<IN> requireInput() {
        if (input == null) {
            throw new IllegalStateException(operator.getClass().getSimpleName() + " takes no input, or the harness is not open");
        }
        return input;
    }
}
