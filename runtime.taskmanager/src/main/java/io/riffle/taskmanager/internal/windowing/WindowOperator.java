package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.state.MapState;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.typeutils.ListTypeInfo;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.operators.WindowSpec;
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
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.timers.KeyedTimerQueue;
import io.riffle.util.OutputTag;
import java.util.Collection;
import java.util.List;

/**
 * Groups a keyed stream into windows and evaluates them when their trigger fires.
 *
 * <p>Each key's window contents live in the keyed state backend, as one map state from window to
 * contents (a reduced value, an accumulator, or the list of elements); trigger state lives beside
 * it (see {@link WindowTriggerContext}). With an evictor a window keeps every element with its
 * timestamp ({@link EvictingContents}); when it fires, the evictor drops elements before and after
 * the window function, and the rest stays for the next firing. Timers are kept per key and window, for the trigger and
 * for cleanup: at {@code maxTimestamp + allowedLateness} (event time) or {@code maxTimestamp}
 * (processing time) a window's contents, trigger state and timers are dropped. Event-time elements
 * too late for all their windows go to the late-data side output, if any. Outputs carry the
 * window's {@code maxTimestamp} as their timestamp.
 *
 * <p>Runs on the task thread only; timers fire from {@link #processWatermark} and from
 * processing-time wake-ups (one scheduled at a time, for the earliest timer).
 */
public final class WindowOperator<K, IN, ACC, R, OUT, W extends Window> extends StreamOperator<OUT> implements Input<IN> {

    static final String CONTENTS_STATE_NAME = "window-contents";

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
    private MapState<W, ACC> windowContents;
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
    }

    @Override
    public void open() throws Exception {
        backend = context.keyedStateBackend();
        if (backend == null) {
            throw new IllegalStateException("a window operator needs a keyed stream (keyBy before window)");
        }
        WindowTypeInfo<W> windowType = new WindowTypeInfo<>(assigner.getWindowSerializer(new SerializerConfig()));
        windowContents = backend.getMapState(new MapStateDescriptor<>(CONTENTS_STATE_NAME, windowType, contentsType));
        triggerContext = new WindowTriggerContext<>(backend, windowType, eventTimeTimers, processingTimeTimers, this);
        collector = new TimestampedCollector<>(output);
        assignerContext = new AssignerContext();
        if (windowFunction != null) {
            windowContext = new WindowContext<>(windowFunction, this, backend, output);
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
        for (W window : windows) {
            if (isWindowLate(window)) {
                continue;
            }
            skipped = false;
            windowContents.put(window, contents.add(windowContents.get(window), record));
            triggerContext.setWindow(window);
            TriggerResult result = trigger.onElement(record.getValue(), timestamp, window, triggerContext);
            apply(result, window);
            registerCleanupTimer(window);
        }
        if (skipped && isElementLate(timestamp) && lateDataOutputTag != null) {
            output.collect(lateDataOutputTag, record);
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
        triggerContext.setWindow(window);
        TriggerResult result = eventTime
                ? trigger.onEventTime(time, window, triggerContext)
                : trigger.onProcessingTime(time, window, triggerContext);
        apply(result, window);
        if (eventTime == assigner.isEventTime() && time == cleanupTime(window)) {
            clearAllState(window);
        }
    }

    private void apply(TriggerResult result, W window) throws Exception {
        if (result.isFire() && windowContents.contains(window)) {
            emitWindow(window);
        }
        if (result.isPurge()) {
            windowContents.remove(window);
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

    void scheduleWakeUp() {
        long earliest = processingTimeTimers.earliestTimestamp();
        if (earliest < scheduledWakeUp) {
            scheduledWakeUp = earliest;
            context.processingTimeService().registerTimer(earliest, this::onProcessingTime);
        }
    }

    private void emitWindow(W window) throws Exception {
        ACC stored = windowContents.get(window);
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
            windowContents.remove(window);
        } else {
            windowContents.put(window, stored);
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

    private void clearAllState(W window) throws Exception {
        windowContents.remove(window);
        trigger.clear(window, triggerContext);
        if (windowFunction != null) {
            windowContext.window = window;
            windowFunction.clear(windowContext);
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
