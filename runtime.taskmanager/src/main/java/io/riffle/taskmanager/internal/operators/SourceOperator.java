package io.riffle.taskmanager.internal.operators;

import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.Source;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.SourceSplit;
import io.riffle.core.io.InputStatus;
import io.riffle.core.io.SimpleVersionedSerializer;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a source's reader for this subtask: asks it for records, and passes it the splits its
 * enumerator on the JobMaster assigns. Driven by the task thread (see the source task loop).
 */
public final class SourceOperator<T, SplitT extends SourceSplit> extends StreamOperator<T> {

    private final Source<T, SplitT, ?> source;
    private final OperatorEventSender eventSender;
    private SourceReader<T, SplitT> reader;
    private SimpleVersionedSerializer<SplitT> splitSerializer;
    private final StreamRecord<T> reuse = new StreamRecord<>(null);
    private final ReaderOutput<T> readerOutput = new ReaderOutput<>() {
        @Override
        public void collect(T record) {
            reuse.eraseTimestamp();
            output.collect(reuse.replace(record));
        }

        @Override
        public void collect(T record, long timestamp) {
            output.collect(reuse.replace(record, timestamp));
        }
    };

    public SourceOperator(Source<T, SplitT, ?> source, OperatorEventSender eventSender) {
        this.source = source;
        this.eventSender = eventSender;
    }

    @Override
    public void open() throws Exception {
        splitSerializer = source.getSplitSerializer();
        TaskInfo info = context.taskInfo();
        reader = source.createReader(new SourceReaderContext() {
            @Override
            public int getIndexOfSubtask() {
                return info.subtaskIndex();
            }

            @Override
            public int currentParallelism() {
                return info.parallelism();
            }

            @Override
            public void sendSplitRequest() {
                eventSender.send(new OperatorEvent.RequestSplit());
            }
        });
        reader.start();
    }

    public InputStatus emitNext() throws Exception {
        return reader.pollNext(readerOutput);
    }

    public CompletableFuture<Void> isAvailable() {
        return reader.isAvailable();
    }

    /** An event from the enumerator; called on the task thread. */
    public void handleOperatorEvent(OperatorEvent event) throws IOException {
        if (event instanceof OperatorEvent.AddSplits add) {
            List<SplitT> splits = new ArrayList<>(add.splits().size());
            for (byte[] bytes : add.splits()) {
                splits.add(splitSerializer.deserialize(add.serializerVersion(), bytes));
            }
            reader.addSplits(splits);
        } else if (event instanceof OperatorEvent.NoMoreSplits) {
            reader.notifyNoMoreSplits();
        } else {
            throw new IllegalArgumentException("a source reader cannot handle " + event);
        }
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
