package io.riffle.streaming.api.functions.sink;

import io.riffle.api.connector.sink2.Sink;
import io.riffle.api.connector.sink2.SinkWriter;
import io.riffle.api.connector.sink2.WriterInitContext;
import java.io.PrintStream;

/**
 * Prints each record's {@code toString()} to standard out (or standard error), prefixed with
 * {@code subtask>} when the sink runs with more than one subtask, and with the sink identifier
 * when one is given — the format of Flink's print sink.
 */
public class PrintSink<IN> implements Sink<IN> {

    private static final long serialVersionUID = 1L;

    private final String sinkIdentifier;
    private final boolean stdErr;

    public PrintSink() {
        this("", false);
    }

    public PrintSink(boolean stdErr) {
        this("", stdErr);
    }

    public PrintSink(String sinkIdentifier) {
        this(sinkIdentifier, false);
    }

    public PrintSink(String sinkIdentifier, boolean stdErr) {
        this.sinkIdentifier = sinkIdentifier == null ? "" : sinkIdentifier;
        this.stdErr = stdErr;
    }

    @Override
    public SinkWriter<IN> createWriter(WriterInitContext context) {
        PrintStream stream = stdErr ? System.err : System.out;
        String prefix = sinkIdentifier;
        if (context.getNumberOfParallelSubtasks() > 1) {
            prefix = (prefix.isEmpty() ? "" : prefix + ":") + (context.getSubtaskId() + 1);
        }
        String linePrefix = prefix.isEmpty() ? "" : prefix + "> ";
        return new SinkWriter<>() {
            @Override
            public void write(IN element, Context writeContext) {
                stream.println(linePrefix + element);
            }

            @Override
            public void flush(boolean endOfInput) {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        };
    }

    @Override
    public String toString() {
        return "Print to " + (stdErr ? "Std. Err" : "Std. Out");
    }
}
