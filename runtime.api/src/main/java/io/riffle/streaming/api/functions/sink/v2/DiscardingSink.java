package io.riffle.streaming.api.functions.sink.v2;

import io.riffle.api.connector.sink2.Sink;
import io.riffle.api.connector.sink2.SinkWriter;
import io.riffle.api.connector.sink2.WriterInitContext;

/** Drops every record: for jobs whose results are their side effects or accumulators. */
public class DiscardingSink<IN> implements Sink<IN> {

    private static final long serialVersionUID = 1L;

    @Override
    public SinkWriter<IN> createWriter(WriterInitContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(IN element, Context writeContext) {}

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
