package io.riffle.runtime.rpc.codec;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes and reads one message type. {@link #decode} must reject malformed input with an
 * {@link IOException} naming what is wrong (never an unchecked exception, never a huge allocation
 * driven by an unchecked length), because the bytes come from the network.
 */
@ConsumerType
public interface MessageCodec<T> {

    /** The message's type id on the wire; unique within a registry. */
    int typeId();

    Class<T> type();

    void encode(T message, DataOutputView out) throws IOException;

    T decode(DataInputView in) throws IOException;
}
