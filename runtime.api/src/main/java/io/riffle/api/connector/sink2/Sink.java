package io.riffle.api.connector.sink2;

import java.io.IOException;
import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/** A data sink: a serializable factory of one writer per parallel subtask. */
@ConsumerType
public interface Sink<InputT> extends Serializable {

    SinkWriter<InputT> createWriter(WriterInitContext context) throws IOException;
}
