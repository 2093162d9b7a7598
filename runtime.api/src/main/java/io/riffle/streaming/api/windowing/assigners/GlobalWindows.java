package io.riffle.streaming.api.windowing.assigners;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.triggers.TriggerResult;
import io.riffle.streaming.api.windowing.windows.GlobalWindow;
import java.util.Collection;
import java.util.List;

/**
 * Puts every element of a key into the one {@link GlobalWindow}. Its default trigger never fires, so
 * it needs a trigger of its own (for example {@code CountTrigger}).
 */
public final class GlobalWindows extends WindowAssigner<Object, GlobalWindow> {

    private static final long serialVersionUID = 1L;

    private GlobalWindows() {}

    public static GlobalWindows create() {
        return new GlobalWindows();
    }

    @Override
    public Collection<GlobalWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        return List.of(GlobalWindow.get());
    }

    @Override
    public Trigger<Object, GlobalWindow> getDefaultTrigger() {
        return new NeverTrigger();
    }

    @Override
    public TypeSerializer<GlobalWindow> getWindowSerializer(SerializerConfig serializerConfig) {
        return new GlobalWindow.Serializer();
    }

    @Override
    public boolean isEventTime() {
        return false;
    }

    @Override
    public String toString() {
        return "GlobalWindows()";
    }

    /** The default trigger of global windows: never fires. */
    public static final class NeverTrigger extends Trigger<Object, GlobalWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public TriggerResult onElement(Object element, long timestamp, GlobalWindow window, TriggerContext ctx) {
            return TriggerResult.CONTINUE;
        }

        @Override
        public TriggerResult onEventTime(long time, GlobalWindow window, TriggerContext ctx) {
            return TriggerResult.CONTINUE;
        }

        @Override
        public TriggerResult onProcessingTime(long time, GlobalWindow window, TriggerContext ctx) {
            return TriggerResult.CONTINUE;
        }

        @Override
        public void clear(GlobalWindow window, TriggerContext ctx) {}
    }
}
