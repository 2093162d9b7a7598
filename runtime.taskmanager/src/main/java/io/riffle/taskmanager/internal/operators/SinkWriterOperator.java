package io.riffle.taskmanager.internal.operators;

import io.riffle.api.connector.sink2.Sink;
import io.riffle.api.connector.sink2.SinkWriter;
import io.riffle.api.connector.sink2.WriterInitContext;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;

/** Writes records through the {@link SinkWriter} its {@link Sink} creates for this subtask. */
public final class SinkWriterOperator<T> extends StreamOperator<Object> implements Input<T> {

    private final Sink<T> sink;
    private SinkWriter<T> writer;
    private final WriteContext writeContext = new WriteContext();

    public SinkWriterOperator(Sink<T> sink) {
        this.sink = sink;
    }

    @Override
    public void open() throws Exception {
        openFunction(sink);
        TaskInfo info = context.taskInfo();
        writer = sink.createWriter(new WriterInitContext() {
            @Override
            public int getSubtaskId() {
                return info.subtaskIndex();
            }

            @Override
            public int getNumberOfParallelSubtasks() {
                return info.parallelism();
            }

            @Override
            public int getAttemptNumber() {
                return info.attemptNumber();
            }
        });
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        writeContext.record = record;
        writer.write(record.getValue(), writeContext);
    }

    @Override
    public void finish() throws Exception {
        writer.flush(true);
    }

    @Override
    public void close() throws Exception {
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            closeFunction(sink);
        }
    }

    private final class WriteContext implements SinkWriter.Context {

        private StreamRecord<T> record;

        @Override
        public long currentWatermark() {
            return currentWatermark;
        }

        @Override
        public Long timestamp() {
            return record.hasTimestamp() ? record.getTimestamp() : null;
        }
    }
}
