package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.state.AggregatingStateDescriptor;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.MergingState;
import io.riffle.api.common.state.ReducingStateDescriptor;
import io.riffle.api.common.state.State;
import io.riffle.api.common.state.StateDescriptor;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.state.NamespacedStateStore;
import io.riffle.taskmanager.internal.timers.KeyedTimerQueue;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Trigger.TriggerContext} of one window operator: the operator points it at a key and
 * window before each trigger call. Timers go into the operator's queues for that (key, window);
 * trigger state is keyed state in the window's namespace ({@link NamespacedStateStore}), so it is
 * partitioned by key group and checkpointed like the window contents.
 */
final class WindowTriggerContext<W extends Window> implements Trigger.OnMergeContext {

    private final HeapKeyedStateBackend<Object> backend;
    private final NamespacedStateStore<W> windowStore;
    private final KeyedTimerQueue<WindowTimer> eventTimeTimers;
    private final KeyedTimerQueue<WindowTimer> processingTimeTimers;
    private final WindowOperator<?, ?, ?, ?, ?, W> operator;
    private final Map<StateDescriptor<?, ?>, State> states = new IdentityHashMap<>();
    private W window;
    private Collection<W> mergedWindows = List.of();

    WindowTriggerContext(HeapKeyedStateBackend<Object> backend, NamespacedStateStore<W> windowStore,
            KeyedTimerQueue<WindowTimer> eventTimeTimers, KeyedTimerQueue<WindowTimer> processingTimeTimers,
            WindowOperator<?, ?, ?, ?, ?, W> operator) {
        this.backend = backend;
        this.windowStore = windowStore;
        this.eventTimeTimers = eventTimeTimers;
        this.processingTimeTimers = processingTimeTimers;
        this.operator = operator;
    }

    /** Points this context, and the per-window state, at {@code window} of the backend's current key. */
    void setWindow(W window) {
        this.window = window;
        windowStore.setCurrentNamespace(window);
    }

    /** Calls the trigger's {@code onMerge} for the current window, the result of merging {@code merged}. */
    void onMerge(Trigger<?, W> trigger, Collection<W> merged) throws Exception {
        mergedWindows = merged;
        try {
            trigger.onMerge(window, this);
        } finally {
            mergedWindows = List.of();
        }
    }

    private WindowTimer timer() {
        return new WindowTimer(backend.getCurrentKey(), window);
    }

    @Override
    public long getCurrentProcessingTime() {
        return operator.currentProcessingTime();
    }

    @Override
    public long getCurrentWatermark() {
        return operator.currentWatermark();
    }

    @Override
    public void registerProcessingTimeTimer(long time) {
        processingTimeTimers.add(timer(), time);
        operator.scheduleWakeUp();
    }

    @Override
    public void registerEventTimeTimer(long time) {
        eventTimeTimers.add(timer(), time);
    }

    @Override
    public void deleteProcessingTimeTimer(long time) {
        processingTimeTimers.delete(timer(), time);
    }

    @Override
    public void deleteEventTimeTimer(long time) {
        eventTimeTimers.delete(timer(), time);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S extends State> S getPartitionedState(StateDescriptor<S, ?> stateDescriptor) {
        // triggers ask per element with the same descriptor object: registration checks run once per descriptor
        return (S) states.computeIfAbsent(stateDescriptor, this::register);
    }

    private State register(StateDescriptor<?, ?> stateDescriptor) {
        return switch (stateDescriptor.getType()) {
            case VALUE -> windowStore.getState((ValueStateDescriptor<?>) stateDescriptor);
            case LIST -> windowStore.getListState((ListStateDescriptor<?>) stateDescriptor);
            case REDUCING -> windowStore.getReducingState((ReducingStateDescriptor<?>) stateDescriptor);
            case AGGREGATING -> windowStore.getAggregatingState((AggregatingStateDescriptor<?, ?, ?>) stateDescriptor);
            case MAP -> windowStore.getMapState((MapStateDescriptor<?, ?>) stateDescriptor);
        };
    }

    @Override
    public <S extends MergingState<?, ?>> void mergePartitionedState(StateDescriptor<S, ?> stateDescriptor) {
        if (mergedWindows.isEmpty()) {
            throw new IllegalStateException("mergePartitionedState may only be called from Trigger.onMerge");
        }
        windowStore.mergeNamespaces(stateDescriptor, window, mergedWindows);
    }
}
