package io.riffle.runtime.rpc.codec;

import io.riffle.api.common.JobID;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.jobgraph.SerializedValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The building blocks every codec writes with: fixed-width big-endian numbers, UUIDs and job ids as
 * two longs, length-prefixed UTF-8 strings and byte arrays, presence bytes for nullable values,
 * counted lists and enums by ordinal.
 *
 * <p>Reading never trusts a length or a count: each is checked against a maximum and, when the input
 * is a {@link DataInputDeserializer} (as a received frame is), against the bytes left, before
 * anything is allocated. Over other views a count only bounds growth, never a pre-allocation, and
 * byte arrays are read in chunks, so memory grows only with bytes that actually arrived.
 *
 * <p>Public so that codecs outside this package (the gateway requests of {@code
 * io.riffle.runtime.rpc.gateway}) write with the same blocks and the same checks.
 */
public final class WireFormat {

    /** Longest string, in UTF-8 bytes. */
    public static final int MAX_STRING_BYTES = 1 << 20;
    /** Longest opaque byte array (user code, splits, accumulators); the frame limit is usually lower. */
    public static final int MAX_BYTES = 64 << 20;
    /** Most elements of one list or map. */
    public static final int MAX_ELEMENTS = 1 << 20;

    private static final int CHUNK = 64 << 10;
    private static final int UNKNOWN = Integer.MAX_VALUE;

    private WireFormat() {}

    /** Writes one value; the functional twin of {@link MessageCodec#encode}. */
    @ConsumerType
    @FunctionalInterface
    public interface Writer<T> {
        void write(T value, DataOutputView out) throws IOException;
    }

    /** Reads one value; the functional twin of {@link MessageCodec#decode}. */
    @ConsumerType
    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInputView in) throws IOException;
    }

    /** Builds a value whose constructor validates its arguments. */
    @ConsumerType
    @FunctionalInterface
    public interface Construction<T> {
        T construct() throws IOException;
    }

    /** The bytes left in {@code in}, or {@link Integer#MAX_VALUE} when the view cannot tell. */
    public static int remaining(DataInputView in) {
        return in instanceof DataInputDeserializer bytes ? bytes.available() : UNKNOWN;
    }

    /**
     * Runs {@code construction}, turning the unchecked exceptions of a record's compact constructor
     * (or of any other validation) into an {@link IOException} that names {@code what}.
     */
    public static <T> T construct(String what, Construction<T> construction) throws IOException {
        try {
            return construction.construct();
        } catch (RuntimeException e) {
            throw new IOException(what + ": invalid: " + e, e);
        }
    }

    public static void writeUuid(UUID value, DataOutputView out) throws IOException {
        out.writeLong(value.getMostSignificantBits());
        out.writeLong(value.getLeastSignificantBits());
    }

    public static UUID readUuid(DataInputView in) throws IOException {
        return new UUID(in.readLong(), in.readLong());
    }

    public static void writeJobId(JobID value, DataOutputView out) throws IOException {
        // JobID exposes no accessors for its two longs; its hex form is their exact encoding.
        String hex = value.toHexString();
        out.writeLong(Long.parseUnsignedLong(hex.substring(0, 16), 16));
        out.writeLong(Long.parseUnsignedLong(hex.substring(16), 16));
    }

    public static JobID readJobId(DataInputView in) throws IOException {
        return new JobID(in.readLong(), in.readLong());
    }

    /** Writes a non-null string; fails if its UTF-8 form exceeds {@link #MAX_STRING_BYTES}. */
    public static void writeString(String value, DataOutputView out) throws IOException {
        // Unpaired surrogates become '?': what we write always decodes.
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_STRING_BYTES) {
            throw new IOException("a string of " + utf8.length + " UTF-8 bytes exceeds the maximum of " + MAX_STRING_BYTES);
        }
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    public static String readString(DataInputView in, String what) throws IOException {
        byte[] utf8 = readBytes(in, what, MAX_STRING_BYTES);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(what + ": " + utf8.length + " bytes are not valid UTF-8", e);
        }
    }

    public static void writeNullableString(String value, DataOutputView out) throws IOException {
        writeNullable(value, out, WireFormat::writeString);
    }

    public static String readNullableString(DataInputView in, String what) throws IOException {
        return readNullable(in, what, input -> readString(input, what));
    }

    public static void writeBytes(byte[] value, DataOutputView out) throws IOException {
        if (value.length > MAX_BYTES) {
            throw new IOException("a byte array of " + value.length + " bytes exceeds the maximum of " + MAX_BYTES);
        }
        out.writeInt(value.length);
        out.write(value);
    }

    public static byte[] readBytes(DataInputView in, String what) throws IOException {
        return readBytes(in, what, MAX_BYTES);
    }

    private static byte[] readBytes(DataInputView in, String what, int max) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > max) {
            throw new IOException(what + ": length " + length + " is outside 0.." + max);
        }
        int left = remaining(in);
        if (length > left) {
            throw new IOException(what + ": " + length + " bytes exceed the " + left + " bytes left");
        }
        if (left != UNKNOWN || length <= CHUNK) {
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return bytes;
        }
        ByteArrayOutputStream collected = new ByteArrayOutputStream(CHUNK);
        byte[] chunk = new byte[CHUNK];
        for (int toRead = length; toRead > 0; ) {
            int n = Math.min(toRead, CHUNK);
            in.readFully(chunk, 0, n);
            collected.write(chunk, 0, n);
            toRead -= n;
        }
        return collected.toByteArray();
    }

    public static void writeBoolean(boolean value, DataOutputView out) throws IOException {
        out.writeByte(value ? 1 : 0);
    }

    /** Reads a boolean written as exactly 0 or 1; any other byte is an error. */
    public static boolean readBoolean(DataInputView in, String what) throws IOException {
        int b = in.readUnsignedByte();
        if (b > 1) {
            throw new IOException(what + ": expected a flag of 0 or 1, got " + b);
        }
        return b == 1;
    }

    /** Writes a presence byte, then the value if present. */
    public static <T> void writeNullable(T value, DataOutputView out, Writer<? super T> writer) throws IOException {
        writeBoolean(value != null, out);
        if (value != null) {
            writer.write(value, out);
        }
    }

    public static <T> T readNullable(DataInputView in, String what, Reader<? extends T> reader) throws IOException {
        return readBoolean(in, what + " presence") ? reader.read(in) : null;
    }

    /** Writes the element count, then each element. */
    public static <T> void writeList(List<? extends T> values, DataOutputView out, Writer<? super T> writer) throws IOException {
        writeCount(values.size(), out);
        for (T value : values) {
            writer.write(value, out);
        }
    }

    public static <T> List<T> readList(DataInputView in, String what, int minElementBytes, Reader<? extends T> reader) throws IOException {
        int count = readCount(in, what, minElementBytes);
        List<T> values = new ArrayList<>(Math.min(count, 256));
        for (int i = 0; i < count; i++) {
            values.add(reader.read(in));
        }
        return values;
    }

    public static void writeCount(int count, DataOutputView out) throws IOException {
        if (count > MAX_ELEMENTS) {
            throw new IOException(count + " elements exceed the maximum of " + MAX_ELEMENTS);
        }
        out.writeInt(count);
    }

    /**
     * Reads an element count and checks it against {@link #MAX_ELEMENTS} and, since each element
     * takes at least {@code minElementBytes}, against the bytes left.
     *
     * @param what the elements, e.g. {@code "channels"}, for the error message
     */
    public static int readCount(DataInputView in, String what, int minElementBytes) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("list of " + count + " " + what + ": a count must not be negative");
        }
        if (count > MAX_ELEMENTS) {
            throw new IOException("list of " + count + " " + what + " exceeds the maximum of " + MAX_ELEMENTS);
        }
        int left = remaining(in);
        if ((long) count * minElementBytes > left) {
            throw new IOException("list of " + count + " " + what + " exceeds the " + left + " bytes left");
        }
        return count;
    }

    /** Writes a map of names to opaque values, sorted by name so that equal maps encode equally. */
    public static void writeSerializedValues(Map<String, ? extends SerializedValue<?>> values, DataOutputView out) throws IOException {
        writeCount(values.size(), out);
        for (Map.Entry<String, ? extends SerializedValue<?>> entry : new TreeMap<>(values).entrySet()) {
            writeString(entry.getKey(), out);
            writeBytes(entry.getValue().toBytes(), out);
        }
    }

    /** @param what the values, e.g. {@code "accumulators"}, for error messages */
    public static <T> Map<String, SerializedValue<T>> readSerializedValues(DataInputView in, String what) throws IOException {
        int count = readCount(in, what, 8);
        Map<String, SerializedValue<T>> values = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = readString(in, what + " name");
            if (values.put(name, SerializedValue.fromBytes(readBytes(in, what + " '" + name + "'"))) != null) {
                throw new IOException("two " + what + " named '" + name + "'");
            }
        }
        return values;
    }

    /** Writes an enum constant by ordinal, in one byte (enums here have far fewer than 128 constants). */
    public static void writeEnum(Enum<?> value, DataOutputView out) throws IOException {
        out.writeByte(value.ordinal());
    }

    public static <E extends Enum<E>> E readEnum(DataInputView in, Class<E> type) throws IOException {
        int ordinal = in.readUnsignedByte();
        E[] constants = type.getEnumConstants();
        if (ordinal >= constants.length) {
            throw new IOException(type.getSimpleName() + ": ordinal " + ordinal + " is outside 0.." + (constants.length - 1));
        }
        return constants[ordinal];
    }
}
