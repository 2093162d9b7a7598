package io.riffle.streaming.api.windowing.assigners;

import java.util.Objects;

/** Event-time sessions whose gap each element chooses: a session ends the chosen gap after its last element. */
public final class DynamicEventTimeSessionWindows<T> extends SessionWindowAssigner<T> {

    private static final long serialVersionUID = 1L;

    private final SessionWindowTimeGapExtractor<T> gapExtractor;

    DynamicEventTimeSessionWindows(SessionWindowTimeGapExtractor<T> gapExtractor) {
        super(true);
        this.gapExtractor = Objects.requireNonNull(gapExtractor, "session gap extractor");
    }

    public static <T> DynamicEventTimeSessionWindows<T> withDynamicGap(SessionWindowTimeGapExtractor<T> extractor) {
        return new DynamicEventTimeSessionWindows<>(extractor);
    }

    public SessionWindowTimeGapExtractor<T> getGapExtractor() {
        return gapExtractor;
    }

    @Override
    long gapMillis(T element) {
        return gapExtractor.extract(element);
    }




    @Override
    public String toString() {
        return "DynamicEventTimeSessionWindows()";
    }
}
