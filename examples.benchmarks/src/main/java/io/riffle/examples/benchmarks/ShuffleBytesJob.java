package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.api.common.typeinfo.PrimitiveArrayTypeInfo;
import io.riffle.connector.datagen.source.DataGeneratorSource;
import io.riffle.connector.datagen.source.GeneratorFunction;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * J4 "shuffle-bytes": N payloads of 100 bytes, redistributed round robin ({@code rebalance()}) from
 * the P source subtasks to P sink subtasks. Tasks: {@code Source: payload} → rebalance →
 * {@code digest -> Sink}. Digest {@code count/idSum/lastByteSum}; the {@code RESULT} line adds
 * {@code mbps} (payload bytes only).
 */
public final class ShuffleBytesJob implements BenchmarkJob {

    public static final String NAME = "shuffle-bytes";
    static final int PAYLOAD_SIZE = 100;

    static final String COUNT = "count";
    static final String ID_SUM = "idSum";
    static final String LAST_BYTE_SUM = "lastByteSum";

    private static final VarHandle LONG_BIG_ENDIAN = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /**
     * {@code PATTERN[j] == (byte) j} for j up to 255 + 100: bytes 8..99 of payload {@code i}, which
     * are {@code (i + k) mod 256}, are the 92 bytes of it from {@code (i + 8) mod 256} on.
     */
    private static final byte[] PATTERN = new byte[256 + PAYLOAD_SIZE];

    static {
        for (int j = 0; j < PATTERN.length; j++) {
            PATTERN[j] = (byte) j;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long defaultRecords() {
        return 10_000_000L;
    }

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        env.fromSource(new DataGeneratorSource<>(new PayloadGenerator(), records,
                                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO),
                        WatermarkStrategy.noWatermarks(), "payload")
                .rebalance()
                .flatMap(new ShuffleBytesDigest()).name("digest")
                .sinkTo(new DiscardingSink<>());
    }

    @Override
    public String digest(JobExecutionResult result) {
        return digest(DigestFormat.counter(result, COUNT), DigestFormat.counter(result, ID_SUM),
                DigestFormat.counter(result, LAST_BYTE_SUM));
    }

    static String digest(long count, long idSum, long lastByteSum) {
        return DigestFormat.join(DigestFormat.decimal(count), DigestFormat.decimal(idSum),
                DigestFormat.decimal(lastByteSum));
    }

    @Override
    public String extraFields(long records, double seconds, JobExecutionResult result) {
        return String.format(Locale.ROOT, " mbps=%.1f", records * (double) PAYLOAD_SIZE / seconds / 1e6);
    }

    /** Payload {@code id}: bytes 0..7 are {@code id} big-endian, byte k (8 ≤ k ≤ 99) is {@code (id + k) mod 256}. */
    static byte[] payload(long id) {
        byte[] payload = new byte[PAYLOAD_SIZE];
        LONG_BIG_ENDIAN.set(payload, 0, id);
        System.arraycopy(PATTERN, (int) ((id + 8) & 0xff), payload, 8, PAYLOAD_SIZE - 8);
        return payload;
    }

    /** The id in bytes 0..7 of a payload. */
    static long id(byte[] payload) {
        return (long) LONG_BIG_ENDIAN.get(payload, 0);
    }

    /** Record {@code i} is {@link #payload payload(i)}. */
    public static final class PayloadGenerator implements GeneratorFunction<Long, byte[]> {

        private static final long serialVersionUID = 1L;

        @Override
        public byte[] map(Long index) {
            return payload(index);
        }
    }

    /** Counts the payloads and sums their ids and last bytes; emits nothing. */
    public static final class ShuffleBytesDigest extends RichFlatMapFunction<byte[], byte[]> {

        private static final long serialVersionUID = 1L;

        private transient LongCounter count;
        private transient LongCounter idSum;
        private transient LongCounter lastByteSum;

        @Override
        public void open(OpenContext openContext) {
            count = getRuntimeContext().getLongCounter(COUNT);
            idSum = getRuntimeContext().getLongCounter(ID_SUM);
            lastByteSum = getRuntimeContext().getLongCounter(LAST_BYTE_SUM);
        }

        @Override
        public void flatMap(byte[] payload, Collector<byte[]> out) {
            count.add(1L);
            idSum.add(id(payload));
            lastByteSum.add(payload[PAYLOAD_SIZE - 1] & 0xff);
        }
    }
}
