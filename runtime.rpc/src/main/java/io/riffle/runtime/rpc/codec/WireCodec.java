package io.riffle.runtime.rpc.codec;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.rpc.codec.WireFormat.Reader;
import io.riffle.runtime.rpc.codec.WireFormat.Writer;
import java.io.EOFException;
import java.io.IOException;
import java.util.Objects;

/**
 * A {@link MessageCodec} made of a writer and a reader. Decoding names the message type in every
 * error and turns anything unchecked the reader lets through (a record's validation) into an
 * {@link IOException}, so no unchecked exception escapes to the transport. Build one with {@link
 * #of} from {@link WireFormat}'s blocks, or from other codecs' {@code encode}/{@code decode}.
 */
public final class WireCodec<T> implements MessageCodec<T> {

    private final int typeId;
    private final Class<T> type;
    private final String name;
    private final Writer<? super T> writer;
    private final Reader<? extends T> reader;

    private WireCodec(int typeId, Class<T> type, Writer<? super T> writer, Reader<? extends T> reader) {
        this.typeId = typeId;
        this.type = Objects.requireNonNull(type, "type");
        this.name = nameOf(type);
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public static <T> WireCodec<T> of(int typeId, Class<T> type, Writer<? super T> writer, Reader<? extends T> reader) {
        return new WireCodec<>(typeId, type, writer, reader);
    }

    @Override
    public int typeId() {
        return typeId;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public void encode(T message, DataOutputView out) throws IOException {
        Objects.requireNonNull(message, "message");
        try {
            writer.write(message, out);
        } catch (IOException e) {
            throw new IOException(name + ": cannot encode: " + e.getMessage(), e);
        }
    }

    @Override
    public T decode(DataInputView in) throws IOException {
        try {
            return reader.read(in);
        } catch (EOFException e) {
            String detail = e.getMessage() != null ? e.getMessage() : "the input ended early";
            EOFException truncated = new EOFException(name + ": truncated: " + detail);
            truncated.initCause(e);
            throw truncated;
        } catch (IOException e) {
            throw new IOException(withName(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new IOException(name + ": invalid: " + e, e);
        }
    }

    /** Prefixes the message type, unless the reader already named it (a record's own validation). */
    private String withName(String message) {
        return message != null && message.startsWith(name + ":") ? message : name + ": " + message;
    }

    @Override
    public String toString() {
        return "codec " + typeId + " for " + name;
    }

    /** {@code OperatorEvent.AddSplits} rather than {@code AddSplits}. */
    private static String nameOf(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : nameOf(enclosing) + "." + type.getSimpleName();
    }
}
