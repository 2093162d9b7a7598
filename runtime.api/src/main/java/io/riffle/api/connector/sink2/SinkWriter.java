package io.riffle.api.connector.sink2;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

/** Writes the records of one parallel subtask of a sink. Called only from the task's thread. */
@ConsumerType
public interface SinkWriter<InputT> extends AutoCloseable {

    void write(InputT element, Context context) throws IOException, InterruptedException;

    /** Makes buffered records durable; {@code endOfInput} is true after the last record. */
    void flush(boolean endOfInput) throws IOException, InterruptedException;

    /** What a writer may know about the record being written. */
    @ProviderType
    interface Context {

        long currentWatermark();

        /** The record's event timestamp, or null if it has none. */
        Long timestamp();
    }
}
