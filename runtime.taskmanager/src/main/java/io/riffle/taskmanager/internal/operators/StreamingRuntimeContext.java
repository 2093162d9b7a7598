package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.api.common.accumulators.DoubleCounter;
import io.riffle.api.common.accumulators.IntCounter;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.functions.RuntimeContext;
import io.riffle.api.common.state.AggregatingState;
import io.riffle.api.common.state.AggregatingStateDescriptor;
import io.riffle.api.common.state.KeyedStateStore;
import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.MapState;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ReducingState;
import io.riffle.api.common.state.ReducingStateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import java.io.Serializable;

/** The {@link RuntimeContext} of a user function: its subtask, accumulators and (if keyed) keyed state. */
public final class StreamingRuntimeContext implements RuntimeContext {

    private final OperatorContext context;

    public StreamingRuntimeContext(OperatorContext context) {
        this.context = context;
    }

    @Override
    public String getJobName() {
        return context.taskInfo().jobName();
    }

    /** The task's name: its whole operator chain, as in Flink. */
    @Override
    public String getTaskName() {
        return context.taskInfo().taskName();
    }

    @Override
    public int getIndexOfThisSubtask() {
        return context.taskInfo().subtaskIndex();
    }

    @Override
    public int getNumberOfParallelSubtasks() {
        return context.taskInfo().parallelism();
    }

    @Override
    public int getMaxNumberOfParallelSubtasks() {
        return context.taskInfo().maxParallelism();
    }

    @Override
    public int getAttemptNumber() {
        return context.taskInfo().attemptNumber();
    }

    @Override
    public ClassLoader getUserCodeClassLoader() {
        return context.userCodeClassLoader();
    }

    @Override
    public <V, A extends Serializable> void addAccumulator(String name, Accumulator<V, A> accumulator) {
        context.accumulators().add(name, accumulator);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V, A extends Serializable> Accumulator<V, A> getAccumulator(String name) {
        return (Accumulator<V, A>) context.accumulators().get(name);
    }

    @Override
    public LongCounter getLongCounter(String name) {
        return context.accumulators().getOrAdd(name, LongCounter.class, LongCounter::new);
    }

    @Override
    public IntCounter getIntCounter(String name) {
        return context.accumulators().getOrAdd(name, IntCounter.class, IntCounter::new);
    }

    @Override
    public DoubleCounter getDoubleCounter(String name) {
        return context.accumulators().getOrAdd(name, DoubleCounter.class, DoubleCounter::new);
    }

    private KeyedStateStore keyedState(String stateName) {
        if (!context.isKeyed()) {
            throw new IllegalStateException("Keyed state '" + stateName + "' can only be used on a keyed stream, i.e. after "
                    + "keyBy(); '" + context.operatorName() + "' is not keyed.");
        }
        return context.keyedStateBackend();
    }

    @Override
    public <T> ValueState<T> getState(ValueStateDescriptor<T> stateProperties) {
        return keyedState(stateProperties.getName()).getState(stateProperties);
    }

    @Override
    public <T> ListState<T> getListState(ListStateDescriptor<T> stateProperties) {
        return keyedState(stateProperties.getName()).getListState(stateProperties);
    }

    @Override
    public <T> ReducingState<T> getReducingState(ReducingStateDescriptor<T> stateProperties) {
        return keyedState(stateProperties.getName()).getReducingState(stateProperties);
    }

    @Override
    public <IN, ACC, OUT> AggregatingState<IN, OUT> getAggregatingState(AggregatingStateDescriptor<IN, ACC, OUT> stateProperties) {
        return keyedState(stateProperties.getName()).getAggregatingState(stateProperties);
    }

    @Override
    public <UK, UV> MapState<UK, UV> getMapState(MapStateDescriptor<UK, UV> stateProperties) {
        return keyedState(stateProperties.getName()).getMapState(stateProperties);
    }
}
