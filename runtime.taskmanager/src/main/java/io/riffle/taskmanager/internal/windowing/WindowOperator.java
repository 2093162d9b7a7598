package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.typeutils.ListTypeInfo;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.operators.WindowSpec;
import io.riffle.streaming.api.windowing.assigners.MergingWindowAssigner;
import io.riffle.streaming.api.windowing.assigners.WindowAssigner;
import io.riffle.streaming.api.windowing.evictors.Evictor;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.triggers.TriggerResult;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.streaming.runtime.operators.windowing.TimestampedValue;
import io.riffle.taskmanager.internal.operators.Input;
import io.riffle.taskmanager.internal.operators.StreamOperator;
import io.riffle.taskmanager.internal.operators.TimestampedCollector;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.state.InternalValueState;
import io.riffle.taskmanager.internal.state.NamespacedStateStore;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.timers.KeyedTimerQueue;
import io.riffle.util.OutputTag;
import java.util.Collection;
import java.util.List;

/**
 * Groups a keyed stream into windows and evaluates them when their trigger fires.
 *
 * <p>All its state lives in the keyed state backend, scoped to the key and a window namespace
 * ({@link NamespacedStateStore}), so it is partitioned by key group and checkpointed like any keyed
 * state: a window's contents (a reduced value, an accumulator, or the list of elements), the
 * trigger's state and the window function's per-window state. With an evictor a window keeps
 * every element with its timestamp ({@link EvictingContents}); when it fires, the evictor drops
 * elements before and after the window function, and the rest stays for the next firing.
 *
 * <p>Under a merging assigner (session windows) the key's windows are tracked in a
 * {@link MergingWindowSet}: when an element's window merges others, the trigger merges its state
 * and re-registers its timers for the result, the merged windows' timers go, and their contents
 * move into the state window the result keeps.
 *
 * <p>Timers are kept per key and window, for the trigger and for cleanup: at {@code maxTimestamp +
 * allowedLateness} (event time) or {@code maxTimestamp} (processing time) a window's contents,
 * trigger state and timers are dropped. Event-time elements too late for all their windows go to
 * the late-data side output, if any. Outputs carry the window's {@code maxTimestamp} as their timestamp.
 *
 * <p>Runs on the task thread only; timers fire from {@link #processWatermark} and from
 * processing-time wake-ups (one scheduled at a time, for the earliest timer).
 */
public final class WindowOperator<K, IN, ACC, R, OUT, W extends Window> extends StreamOperator<OUT> implements Input<IN> {

    static final String CONTENTS_STATE_NAME = "window-contents";
    static final String MERGING_WINDOWS_STATE_NAME = "merging-window-set";

    private final WindowAssigner<Object, W> assigner;
    private final Trigger<Object, W> trigger;
    private final Evictor<Object, W> evictor;
    private final Object incrementalFunction;
    private final WindowContents<IN, ACC, R> contents;
    private final TypeInformation<ACC> contentsType;
    private final ProcessWindowFunction<R, OUT, K, W> windowFunction;
    private final long allowedLateness;
    private final OutputTag<IN> lateDataOutputTag;
    private final KeyedTimerQueue<WindowTimer> eventTimeTimers = new KeyedTimerQueue<>();
    private final KeyedTimerQueue<WindowTimer> processingTimeTimers = new KeyedTimerQueue<>();
    private HeapKeyedStateBackend<Object> backend;
    /** The contents, per state window (the window itself, unless windows merge). */
    private NamespacedStateStore<W> contentsStore;
    private ValueStateDescriptor<ACC> contentsDescriptor;
    private InternalValueState<ACC> windowContents;
    private final InternalValueState.StateTransformation<ACC, StreamRecord<IN>> addToContents;
    /** The window of the last element, for {@link #canonical}. */
    private W lastWindow;
    /** Whether the last element added was the first of its (state) window. */
    private boolean windowOpened;
    /** The key's windows and their state windows, under a merging assigner; else {@code null}. */
    private MergingWindowSet<W> mergingWindows;
    private TimestampedCollector<OUT> collector;
    private WindowContext<K, R, OUT, W> windowContext;
    private AssignerContext assignerContext;
    private WindowTriggerContext<W> triggerContext;
    private final EvictorContext evictorContext = new EvictorContext();
    private long scheduledWakeUp = Long.MAX_VALUE;

    @SuppressWarnings("unchecked")
    public WindowOperator(WindowSpec spec) {
        this.assigner = (WindowAssigner<Object, W>) spec.assigner();
        this.trigger = (Trigger<Object, W>) spec.trigger();
        this.evictor = (Evictor<Object, W>) spec.evictor();
        WindowContents<IN, ?, R> valueContents =
                (WindowContents<IN, ?, R>) (WindowContents<?, ?, ?>) WindowContents.forFunction(spec.incrementalFunction());
        if (evictor == null) {
            this.contents = (WindowContents<IN, ACC, R>) valueContents;
            this.contentsType = (TypeInformation<ACC>) spec.contentsType();
        } else {
            this.contents = (WindowContents<IN, ACC, R>) (WindowContents<?, ?, ?>) new EvictingContents<>(valueContents);
            TypeInformation<?> elementType = ((ListTypeInfo<?>) spec.contentsType()).getElementTypeInfo();
            this.contentsType = (TypeInformation<ACC>) (TypeInformation<?>) Types.LIST(new TimestampedValueTypeInfo<>(elementType));
        }
        this.windowFunction = (ProcessWindowFunction<R, OUT, K, W>) spec.windowFunction();
        this.allowedLateness = assigner.isEventTime() ? spec.allowedLatenessMillis() : 0;
        this.lateDataOutputTag = (OutputTag<IN>) spec.lateDataOutputTag();
        this.incrementalFunction = spec.incrementalFunction();
        this.addToContents = (stored, record) -> {
            windowOpened = stored == null;
            return contents.add(stored, record);
        };
    }

    @Override
    public void open() throws Exception {
        backend = context.keyedStateBackend();
        if (backend == null) {
            throw new IllegalStateException("a window operator needs a keyed stream (keyBy before window)");
        }
        TypeSerializer<W> windowSerializer = assigner.getWindowSerializer(new SerializerConfig());
        contentsStore = backend.namespacedStore(windowSerializer);
        contentsDescriptor = new ValueStateDescriptor<>(CONTENTS_STATE_NAME, contentsType);
        windowContents = contentsStore.getInternalState(contentsDescriptor);
        // trigger and per-window state are kept per window; only under merging is that not the state window
        NamespacedStateStore<W> windowStore = assigner instanceof MergingWindowAssigner ? backend.namespacedStore(windowSerializer)
                : contentsStore;
        if (assigner instanceof MergingWindowAssigner<Object, W> merging) {
            WindowTypeInfo<W> windowType = new WindowTypeInfo<>(windowSerializer);
            mergingWindows = new MergingWindowSet<>(merging,
                    backend.getMapState(new MapStateDescriptor<>(MERGING_WINDOWS_STATE_NAME, windowType, windowType)));
        }
        triggerContext = new WindowTriggerContext<>(backend, windowStore, eventTimeTimers, processingTimeTimers, this);
        collector = new TimestampedCollector<>(output);
        assignerContext = new AssignerContext();
        if (windowFunction != null) {
            windowContext = new WindowContext<>(windowFunction, this, backend, mergingWindows == null ? windowStore : null, output);
        }
        if (incrementalFunction != null) {
            openFunction(incrementalFunction);
        }
        if (windowFunction != null) {
            openFunction(windowFunction);
        }
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        long timestamp = record.hasTimestamp() ? record.getTimestamp() : Long.MIN_VALUE;
        Collection<W> windows = assigner.assignWindows(record.getValue(), timestamp, assignerContext);
        boolean skipped = true;
        for (W assigned : windows) {
            W window = mergingWindows == null ? canonical(assigned) : mergingWindows.addWindow(assigned, this::onMerge);
            if (isWindowLate(window)) {
                if (mergingWindows != null) {
                    mergingWindows.retire(window);
                }
                continue;
            }
            skipped = false;
            contentsStore.setCurrentNamespace(mergingWindows == null ? window : mergingWindows.stateWindow(window));
            windowContents.transform(record, addToContents);
            triggerContext.setWindow(window);
            TriggerResult result = trigger.onElement(record.getValue(), timestamp, window, triggerContext);
            apply(result, window);
            // a window with contents has its cleanup timer since its first element; a merged one needs one of its own
            if (windowOpened || mergingWindows != null) {
                registerCleanupTimer(window);
            }
        }
        if (skipped && isElementLate(timestamp) && lateDataOutputTag != null) {
            output.collect(lateDataOutputTag, record);
        }
    }

    /**
     * The window object already in use for {@code window}, if it is the last one: consecutive elements
     * mostly fall into the same window, and when state entries and timers share one window object,
     * their lookups compare references and do not read another copy from memory.
     */
    private W canonical(W window) {
        W last = lastWindow;
        if (window.equals(last)) {
            return last;
        }
        lastWindow = window;
        return window;
    }

    /**
     * Windows of the current key merged into {@code mergeResult}: the trigger merges its state and
     * sets the result's timers, the merged windows' timers go, and their contents move into the
     * result's state window.
     */
    private void onMerge(W mergeResult, Collection<W> mergedWindows, W stateWindow, Collection<W> mergedStateWindows)
            throws Exception {
        if (isWindowLate(mergeResult) || (!assigner.isEventTime() && mergeResult.maxTimestamp() <= currentProcessingTime())) {
            throw new UnsupportedOperationException("merging " + mergedWindows + " into " + mergeResult + " would end a window "
                    + "that is already over (watermark " + currentWatermark + "); a merging assigner must not shrink windows");
        }
        triggerContext.setWindow(mergeResult);
        triggerContext.onMerge(trigger, mergedWindows);
        for (W merged : mergedWindows) {
            triggerContext.setWindow(merged);
            trigger.clear(merged, triggerContext);
            deleteCleanupTimer(merged);
        }
        contentsStore.mergeValues(contentsDescriptor, stateWindow, mergedStateWindows, this::mergeContents);
    }

    private ACC mergeContents(ACC a, ACC b) {
        try {
            return contents.merge(a, b);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new NamespacedStateStore.StateMergeException("the window function failed while merging windows", e);
        }
    }

    @Override
    public void processWatermark(Watermark watermark) throws Exception {
        currentWatermark = watermark.getTimestamp();
        eventTimeTimers.advance(watermark.getTimestamp(), (timer, time) -> onTimer(timer, time, true));
        output.emitWatermark(watermark);
    }

    private void onProcessingTime(long wakeUp) throws Exception {
        scheduledWakeUp = Long.MAX_VALUE;
        long now = Math.max(wakeUp, currentProcessingTime());
        processingTimeTimers.advance(now, (timer, time) -> onTimer(timer, time, false));
        scheduleWakeUp();
    }

    /** A trigger or cleanup timer of one key and window (one timer when both fall on the same time). */
    private void onTimer(WindowTimer timer, long time, boolean eventTime) throws Exception {
        @SuppressWarnings("unchecked")
        W window = (W) timer.window();
        backend.setCurrentKey(timer.key());
        W stateWindow = mergingWindows == null ? window : mergingWindows.stateWindow(window);
        if (stateWindow == null) {
            return; // a timer of a window that merged into another or was dropped, left behind by a trigger
        }
        contentsStore.setCurrentNamespace(stateWindow);
        triggerContext.setWindow(window);
        boolean cleanup = eventTime == assigner.isEventTime() && time == cleanupTime(window);
        // the contents go at cleanup anyway: take them out with one lookup (an evictor may write them back first)
        ACC taken = cleanup && evictor == null ? windowContents.getAndClear() : null;
        TriggerResult result = eventTime
                ? trigger.onEventTime(time, window, triggerContext)
                : trigger.onProcessingTime(time, window, triggerContext);
        if (taken != null) {
            if (result.isFire()) {
                emit(window, contents.result(taken));
            }
        } else {
            apply(result, window);
        }
        if (cleanup) {
            if (evictor != null) {
                windowContents.clear(); // without an evictor they were taken out above
            }
            clearWindowState(window);
        }
    }

    /** Fires and purges the current state window as {@code result} says; {@code window} is what the function sees. */
    private void apply(TriggerResult result, W window) throws Exception {
        if (result.isFire()) {
            ACC stored = windowContents.value();
            if (stored != null) {
                emitWindow(window, stored);
            }
        }
        if (result.isPurge()) {
            windowContents.clear();
        }
    }

    /** Drops the window at its cleanup time, in the assigner's time domain; a window that never ends is never dropped. */
    private void registerCleanupTimer(W window) {
        long cleanup = cleanupTime(window);
        if (cleanup == Long.MAX_VALUE) {
            return;
        }
        WindowTimer timer = new WindowTimer(backend.getCurrentKey(), window);
        if (assigner.isEventTime()) {
            eventTimeTimers.add(timer, cleanup);
        } else {
            processingTimeTimers.add(timer, cleanup);
            scheduleWakeUp();
        }
    }

    private void deleteCleanupTimer(W window) {
        long cleanup = cleanupTime(window);
        if (cleanup != Long.MAX_VALUE) {
            (assigner.isEventTime() ? eventTimeTimers : processingTimeTimers).delete(new WindowTimer(backend.getCurrentKey(), window), cleanup);
        }
    }

    void scheduleWakeUp() {
        long earliest = processingTimeTimers.earliestTimestamp();
        if (earliest < scheduledWakeUp) {
            scheduledWakeUp = earliest;
            context.processingTimeService().registerTimer(earliest, this::onProcessingTime);
        }
    }

    private void emitWindow(W window, ACC stored) throws Exception {
        if (evictor == null) {
            emit(window, contents.result(stored));
            return;
        }
        @SuppressWarnings("unchecked")
        List<TimestampedValue<Object>> elements = (List<TimestampedValue<Object>>) stored;
        evictor.evictBefore(elements, elements.size(), window, evictorContext);
        if (!elements.isEmpty()) {
            emit(window, contents.result(stored));
        }
        evictor.evictAfter(elements, elements.size(), window, evictorContext);
        if (elements.isEmpty()) {
            windowContents.clear();
        } else {
            windowContents.update(stored);
        }
    }

    @SuppressWarnings("unchecked")
    private void emit(W window, Iterable<R> result) throws Exception {
        collector.setAbsoluteTimestamp(window.maxTimestamp());
        if (windowFunction == null) {
            for (R value : result) {
                collector.collect((OUT) value);
            }
        } else {
            windowContext.window = window;
            windowFunction.process((K) backend.getCurrentKey(), windowContext, result, collector);
        }
    }

    /** Drops what a window keeps besides its contents: trigger state, per-window state, its place in the merging set. */
    private void clearWindowState(W window) throws Exception {
        trigger.clear(window, triggerContext);
        if (windowFunction != null) {
            windowContext.window = window;
            windowFunction.clear(windowContext);
        }
        if (mergingWindows != null) {
            mergingWindows.retire(window);
        }
    }

    /** Whether event time has passed the window's cleanup time, so it takes no more elements. */
    private boolean isWindowLate(W window) {
        return assigner.isEventTime() && cleanupTime(window) <= currentWatermark;
    }

    /** Whether event time has passed the element's timestamp by more than the allowed lateness (as Flink decides). */
    private boolean isElementLate(long timestamp) {
        return assigner.isEventTime() && timestamp + allowedLateness <= currentWatermark;
    }

    /**
     * When a window is dropped: {@code maxTimestamp + allowedLateness} on event time (capped on
     * overflow), {@code maxTimestamp} on processing time.
     */
    private long cleanupTime(W window) {
        if (!assigner.isEventTime()) {
            return window.maxTimestamp();
        }
        long cleanup = window.maxTimestamp() + allowedLateness;
        return cleanup >= window.maxTimestamp() ? cleanup : Long.MAX_VALUE;
    }

    long currentWatermark() {
        return currentWatermark;
    }

    long currentProcessingTime() {
        return context.processingTimeService().getCurrentProcessingTime();
    }

    @Override
    public void close() throws Exception {
        if (windowFunction != null) {
            closeFunction(windowFunction);
        }
        if (incrementalFunction != null) {
            closeFunction(incrementalFunction);
        }
    }

    private final class EvictorContext implements Evictor.EvictorContext {

        @Override
        public long getCurrentProcessingTime() {
            return currentProcessingTime();
        }

        @Override
        public long getCurrentWatermark() {
            return currentWatermark;
        }
    }

    private final class AssignerContext extends WindowAssigner.WindowAssignerContext {

        @Override
        public long getCurrentProcessingTime() {
            return currentProcessingTime();
        }
    }
}
