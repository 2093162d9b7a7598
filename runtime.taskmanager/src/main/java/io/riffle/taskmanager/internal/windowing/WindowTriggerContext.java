package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.state.MapState;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ReducingState;
import io.riffle.api.common.state.ReducingStateDescriptor;
import io.riffle.api.common.state.State;
import io.riffle.api.common.state.StateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.timers.KeyedTimerQueue;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link Trigger.TriggerContext} of one window operator: the operator points it at a key and
 * window before each trigger call. Timers go into the operator's queues for that (key, window);
 * trigger state is kept per window in one keyed map state per descriptor
 * ({@code window-trigger-<name>}, window -> value), so it is partitioned by key group like the
 * window contents.
 */
final class WindowTriggerContext<W extends Window> implements Trigger.TriggerContext {

    private final HeapKeyedStateBackend<Object> backend;
    private final WindowTypeInfo<W> windowType;
    private final KeyedTimerQueue<WindowTimer> eventTimeTimers;
    private final KeyedTimerQueue<WindowTimer> processingTimeTimers;
    private final WindowOperator<?, ?, ?, ?, ?, W> operator;
    private final Map<String, State> states = new HashMap<>();
    private W window;

    WindowTriggerContext(HeapKeyedStateBackend<Object> backend, WindowTypeInfo<W> windowType,
            KeyedTimerQueue<WindowTimer> eventTimeTimers, KeyedTimerQueue<WindowTimer> processingTimeTimers,
            WindowOperator<?, ?, ?, ?, ?, W> operator) {
        this.backend = backend;
        this.windowType = windowType;
        this.eventTimeTimers = eventTimeTimers;
        this.processingTimeTimers = processingTimeTimers;
        this.operator = operator;
    }

    /** Points this context at {@code window} of the backend's current key. */
    void setWindow(W window) {
        this.window = window;
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
        State state = states.get(stateDescriptor.getName());
        if (state == null) {
            state = createState(stateDescriptor);
            states.put(stateDescriptor.getName(), state);
        }
        return (S) state;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private State createState(StateDescriptor<?, ?> descriptor) {
        descriptor.initializeSerializerUnlessSet(new SerializerConfig());
        TypeInformation<Object> valueType = (TypeInformation<Object>) descriptor.getTypeInformation();
        MapState<W, Object> perWindow = backend.getMapState(
                new MapStateDescriptor<>("window-trigger-" + descriptor.getName(), windowType, valueType));
        switch (descriptor.getType()) {
            case VALUE:
                return new PerWindowValue<>(perWindow, this);
            case REDUCING:
                return new PerWindowReducing<>(perWindow, ((ReducingStateDescriptor) descriptor).getReduceFunction(), this);
            default:
                throw new UnsupportedOperationException("trigger state '" + descriptor.getName() + "' is " + descriptor.getType()
                        + " state; triggers support value and reducing state so far");
        }
    }

    /** The entry of the context's current window, read when called (the view outlives window changes). */
    private abstract static class PerWindow<V, W extends Window> implements State {

        final MapState<W, V> perWindow;
        final WindowTriggerContext<W> context;

        PerWindow(MapState<W, V> perWindow, WindowTriggerContext<W> context) {
            this.perWindow = perWindow;
            this.context = context;
        }

        V current() throws Exception {
            return perWindow.get(context.window);
        }

        void set(V value) throws Exception {
            perWindow.put(context.window, value);
        }

        @Override
        public void clear() {
            try {
                perWindow.remove(context.window);
            } catch (Exception e) {
                throw new IllegalStateException("cannot clear trigger state of " + context.window, e);
            }
        }
    }

    private static final class PerWindowValue<V, W extends Window> extends PerWindow<V, W> implements ValueState<V> {

        PerWindowValue(MapState<W, V> perWindow, WindowTriggerContext<W> context) {
            super(perWindow, context);
        }

        @Override
        public V value() throws IOException {
            try {
                return current();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        @Override
        public void update(V value) throws IOException {
            try {
                if (value == null) {
                    clear();
                } else {
                    set(value);
                }
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    private static final class PerWindowReducing<V, W extends Window> extends PerWindow<V, W> implements ReducingState<V> {

        private final ReduceFunction<V> reduceFunction;

        PerWindowReducing(MapState<W, V> perWindow, ReduceFunction<V> reduceFunction, WindowTriggerContext<W> context) {
            super(perWindow, context);
            this.reduceFunction = reduceFunction;
        }

        @Override
        public V get() throws Exception {
            return current();
        }

        @Override
        public void add(V value) throws Exception {
            V old = current();
            set(old == null ? value : reduceFunction.reduce(old, value));
        }
    }
}
