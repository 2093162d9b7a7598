package io.riffle.taskmanager.internal.operators;

import io.riffle.api.java.functions.KeySelector;
import io.riffle.taskmanager.internal.memory.SlotMemory;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;

/**
 * What an operator gets from its task.
 *
 * @param keyedStateBackend the keyed state of a keyed operator (null otherwise)
 * @param stateKeySelector the key of each input record of a keyed operator (null otherwise)
 * @param slotMemory the managed memory of the task's slot, shared with the other tasks in it: state backends and
 *     sorters reserve from it, under an owner name unique in the slot, and release what they reserved when they close
 */
public record OperatorContext(TaskInfo taskInfo, String operatorName, ClassLoader userCodeClassLoader,
        Accumulators accumulators, ProcessingTimeService processingTimeService,
        HeapKeyedStateBackend<Object> keyedStateBackend, KeySelector<Object, Object> stateKeySelector, SlotMemory slotMemory) {

    public boolean isKeyed() {
        return keyedStateBackend != null;
    }
}
