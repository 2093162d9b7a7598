package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.api.connector.source.Source;
import io.riffle.api.connector.source.SourceSplit;
import io.riffle.api.connector.source.SplitEnumerator;
import io.riffle.api.connector.source.SplitEnumeratorContext;
import io.riffle.core.io.SimpleVersionedSerializer;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the split enumerator of one source operator on the JobMaster's main thread and carries
 * events between it and the source's readers.
 */
final class SourceCoordinator<SplitT extends SourceSplit> implements SplitEnumeratorContext<SplitT>, AutoCloseable {

    /** Delivers an event to the reader of a subtask. */
    @FunctionalInterface
    interface ReaderEventSender {

        void send(int subtask, OperatorEvent event);
    }

    private final int operatorId;
    private final Source<?, SplitT, ?> source;
    private final int parallelism;
    private final ReaderEventSender readers;
    private final SimpleVersionedSerializer<SplitT> splitSerializer;
    private final Set<Integer> registeredReaders = new TreeSet<>();
    private SplitEnumerator<SplitT, ?> enumerator;

    SourceCoordinator(int operatorId, Source<?, SplitT, ?> source, int parallelism, ReaderEventSender readers) {
        this.operatorId = operatorId;
        this.source = source;
        this.parallelism = parallelism;
        this.readers = readers;
        this.splitSerializer = source.getSplitSerializer();
    }

    int operatorId() {
        return operatorId;
    }

    void start() throws Exception {
        enumerator = source.createEnumerator(this);
        enumerator.start();
    }

    void handleEvent(int subtask, OperatorEvent event) {
        if (!(event instanceof OperatorEvent.RequestSplit)) {
            throw new IllegalArgumentException("a split enumerator cannot handle " + event);
        }
        if (registeredReaders.add(subtask)) {
            enumerator.addReader(subtask);
        }
        enumerator.handleSplitRequest(subtask, "localhost");
    }

    @Override
    public int currentParallelism() {
        return parallelism;
    }

    @Override
    public Set<Integer> registeredReaders() {
        return Collections.unmodifiableSet(registeredReaders);
    }

    @Override
    public void assignSplit(SplitT split, int subtask) {
        try {
            readers.send(subtask, new OperatorEvent.AddSplits(splitSerializer.getVersion(), List.of(splitSerializer.serialize(split))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize split " + split.splitId() + " for subtask " + subtask, e);
        }
    }

    @Override
    public void signalNoMoreSplits(int subtask) {
        readers.send(subtask, new OperatorEvent.NoMoreSplits());
    }

    @Override
    public void close() throws Exception {
        if (enumerator != null) {
            enumerator.close();
        }
    }
}
