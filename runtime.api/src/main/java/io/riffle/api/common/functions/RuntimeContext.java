package io.riffle.api.common.functions;

import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.api.common.accumulators.DoubleCounter;
import io.riffle.api.common.accumulators.IntCounter;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.state.AggregatingState;
import io.riffle.api.common.state.AggregatingStateDescriptor;
import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.MapState;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ReducingState;
import io.riffle.api.common.state.ReducingStateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a rich function knows about the parallel subtask it runs in, and its way to keyed state.
 * State is only available to functions on a keyed stream; elsewhere the getters throw
 * {@link IllegalStateException}.
 */
@ProviderType
public interface RuntimeContext {

    /** The job's name as given to {@code execute(name)}. */
    String getJobName();

    /** The name of the operator this function belongs to. */
    String getTaskName();

    /** This subtask's index, 0 .. parallelism-1. */
    int getIndexOfThisSubtask();

    int getNumberOfParallelSubtasks();

    int getMaxNumberOfParallelSubtasks();

    /** Starts at 0 and grows with each restart of the job. */
    int getAttemptNumber();

    /** The class loader of the job's bundle, which loaded the user code. */
    ClassLoader getUserCodeClassLoader();

    /**
     * Registers an accumulator of this subtask under {@code name}; the JobMaster merges all subtasks'
     * accumulators of that name into the job's result. Adding a second one under a name fails.
     */
    <V, A extends java.io.Serializable> void addAccumulator(String name, Accumulator<V, A> accumulator);

    /** The accumulator this subtask registered under {@code name}, or null. */
    <V, A extends java.io.Serializable> Accumulator<V, A> getAccumulator(String name);

    /** This subtask's {@link LongCounter} {@code name}, registered on first use. */
    LongCounter getLongCounter(String name);

    IntCounter getIntCounter(String name);

    DoubleCounter getDoubleCounter(String name);

    <T> ValueState<T> getState(ValueStateDescriptor<T> stateProperties);

    <T> ListState<T> getListState(ListStateDescriptor<T> stateProperties);

    <T> ReducingState<T> getReducingState(ReducingStateDescriptor<T> stateProperties);

    <IN, ACC, OUT> AggregatingState<IN, OUT> getAggregatingState(
            AggregatingStateDescriptor<IN, ACC, OUT> stateProperties);

    <UK, UV> MapState<UK, UV> getMapState(MapStateDescriptor<UK, UV> stateProperties);
}
