package io.riffle.streaming.api.windowing.assigners;

import java.util.Objects;

/** Processing-time sessions whose gap each element chooses: a session ends the chosen gap after its last element arrived. */
public final class DynamicProcessingTimeSessionWindows<T> extends SessionWindowAssigner<T> {

    private static final long serialVersionUID = 1L;

    private final SessionWindowTimeGapExtractor<T> gapExtractor;

    DynamicProcessingTimeSessionWindows(SessionWindowTimeGapExtractor<T> gapExtractor) {
        super(false);
        this.gapExtractor = Objects.requireNonNull(gapExtractor, "session gap extractor");
    }

    public static <T> DynamicProcessingTimeSessionWindows<T> withDynamicGap(SessionWindowTimeGapExtractor<T> extractor) {
        return new DynamicProcessingTimeSessionWindows<>(extractor);
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
        return "DynamicProcessingTimeSessionWindows()";
    }
}
