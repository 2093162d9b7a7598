package io.riffle.runtime.taskexecutor;

import java.util.List;
import java.util.Objects;

/** A message between a source reader (in a task) and its split enumerator (on the JobMaster). */
public sealed interface OperatorEvent {

    /** Reader to enumerator: please assign a split. */
    record RequestSplit() implements OperatorEvent {}

    /** Enumerator to reader: splits serialized with the source's split serializer of {@code serializerVersion}. */
    record AddSplits(int serializerVersion, List<byte[]> splits) implements OperatorEvent {

        public AddSplits {
            splits = List.copyOf(Objects.requireNonNull(splits, "splits"));
        }
    }

    /** Enumerator to reader: no more splits will come. */
    record NoMoreSplits() implements OperatorEvent {}
}
