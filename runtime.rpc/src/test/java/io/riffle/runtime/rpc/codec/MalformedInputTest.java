package io.riffle.runtime.rpc.codec;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataInputView;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/**
 * Property-style checks that whatever bytes arrive, a codec either decodes a message or throws an
 * {@link IOException} that names the message type: never another exception, never an allocation
 * sized by an unchecked length. Deterministic: every input comes from a fixed seed.
 */
public class MalformedInputTest {

    private static final long SEED = 0x5249_4646_4c45L;
    private static final int RUNS = 3_000;
    private static final int MAX_INPUT_BYTES = 512;
    /** Far below what any garbage length would ask for (64 MiB and up), far above a real decode. */
    private static final long ALLOCATION_BUDGET = 4L << 20;

    private final MessageCodecRegistry registry = ClusterMessageCodecs.registry();

    @Test
    public void randomBytesOnlyEverFailWithAnIOException() {
        Random random = new Random(SEED);
        for (MessageCodec<?> codec : registry.codecs()) {
            for (int run = 0; run < RUNS; run++) {
                byte[] bytes = new byte[random.nextInt(MAX_INPUT_BYTES)];
                random.nextBytes(bytes);
                decodeOrIOException(codec, bytes, "random bytes, run " + run);
            }
        }
    }

    @Test
    public void everyTruncationOfAValidEncodingFailsWithAnIOException() throws IOException {
        for (Sample sample : samples()) {
            for (int length = 0; length < sample.bytes.length; length++) {
                byte[] prefix = Arrays.copyOf(sample.bytes, length);
                try {
                    Object decoded = sample.codec.decode(new DataInputDeserializer(prefix));
                    fail(sample.codec + " decoded " + decoded + " from the first " + length + " of " + sample.bytes.length + " bytes");
                } catch (IOException expected) {
                    assertNamesTheMessageType(sample.codec, expected);
                } catch (RuntimeException | Error e) {
                    throw new AssertionError(sample.codec + " threw " + e + " for the first " + length + " bytes " + hex(prefix), e);
                }
            }
        }
    }

    @Test
    public void corruptedValidEncodingsOnlyEverFailWithAnIOException() throws IOException {
        Random random = new Random(SEED);
        for (Sample sample : samples()) {
            for (int run = 0; run < RUNS; run++) {
                byte[] bytes = sample.bytes.clone();
                int changes = 1 + random.nextInt(3);
                for (int i = 0; i < changes && bytes.length > 0; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                decodeOrIOException(sample.codec, bytes, "corrupted sample, run " + run);
            }
        }
    }

    /**
     * Puts a huge or negative length or count at every position of every valid encoding and
     * decodes it from a frame (where a codec knows the bytes left) and from a stream (where it does
     * not): the codec must refuse before allocating what the number asks for.
     */
    @Test
    public void hugeLengthsAndCountsAreRefusedBeforeAnythingIsAllocatedForThem() throws IOException {
        int[] numbers = {Integer.MAX_VALUE, -1, Integer.MIN_VALUE, 0x0010_0001, 0x0400_0001, 0x00FF_FFFF, 0x0001_0001, 0xFFFF};
        AllocationMeter meter = AllocationMeter.forCurrentThread();
        for (Sample sample : samples()) {
            for (int at = 0; at + 4 <= sample.bytes.length; at++) {
                for (int number : numbers) {
                    byte[] bytes = sample.bytes.clone();
                    ByteBuffer.wrap(bytes).putInt(at, number);
                    String what = "int " + number + " at offset " + at;
                    long before = meter.allocatedBytes();
                    decodeOrIOException(sample.codec, new DataInputDeserializer(bytes), bytes, what + " of a frame");
                    decodeOrIOException(sample.codec, new StreamView(bytes), bytes, what + " of a stream");
                    long allocated = meter.allocatedBytes() - before;
                    assertTrue(sample.codec + " allocated " + allocated + " bytes decoding " + what, allocated < ALLOCATION_BUDGET);
                }
            }
        }
    }

    private static void decodeOrIOException(MessageCodec<?> codec, byte[] bytes, String what) {
        decodeOrIOException(codec, new DataInputDeserializer(bytes), bytes, what);
    }

    private static void decodeOrIOException(MessageCodec<?> codec, DataInputView in, byte[] bytes, String what) {
        try {
            codec.decode(in);
        } catch (IOException expected) {
            assertNamesTheMessageType(codec, expected);
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            throw new AssertionError(codec + " threw " + e + " on " + what + ": " + hex(bytes) + "\n" + trace, e);
        }
    }

    private static void assertNamesTheMessageType(MessageCodec<?> codec, IOException e) {
        String message = e.getMessage();
        assertTrue(codec + " failed without naming the message type: " + message,
                message != null && message.contains(codec.type().getSimpleName() + ":"));
    }

    private List<Sample> samples() throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (Object message : SampleMessages.all()) {
            @SuppressWarnings("unchecked")
            MessageCodec<Object> codec = (MessageCodec<Object>) registry.forValue(message).orElseThrow();
            samples.add(new Sample(codec, SampleMessages.encode(codec, message)));
        }
        return samples;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private record Sample(MessageCodec<Object> codec, byte[] bytes) {}

    /** A view that cannot tell how many bytes are left, like one reading from a socket stream. */
    private static final class StreamView extends DataInputStream implements DataInputView {
        StreamView(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }
    }

    /** Bytes the current thread allocated, where the JVM can tell; otherwise always 0. */
    private interface AllocationMeter {
        long allocatedBytes();

        static AllocationMeter forCurrentThread() {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    && threads.isThreadAllocatedMemorySupported()) {
                threads.setThreadAllocatedMemoryEnabled(true);
                long thread = Thread.currentThread().getId();
                return () -> threads.getThreadAllocatedBytes(thread);
            }
            return () -> 0L;
        }
    }
}
