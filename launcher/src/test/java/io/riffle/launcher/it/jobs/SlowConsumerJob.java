package io.riffle.launcher.it.jobs;

import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.functions.MapFunction;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.RichSinkFunction;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A job bundle's main class for the backpressure test: a producer writes {@code records} records of
 * {@code recordBytes} bytes, each stamped with the wall-clock time it was made, as fast as it can;
 * a consumer in another slot sharing group (so, on a cluster of one-slot TaskManagers, in another
 * process) takes {@code consumerMicros} per record. The consumer counts what it received and how
 * many records reached it more than {@code maxLagMillis} after they were made: with backpressure,
 * the producer only ever runs a few buffers ahead, so none should.
 *
 * <p>Arguments: records recordBytes consumerMicros maxLagMillis.
 */
public final class SlowConsumerJob {

    private SlowConsumerJob() {}

    public static void main(String[] args) throws Exception {
        long records = Long.parseLong(args[0]);
        int recordBytes = Integer.parseInt(args[1]);
        long consumerMicros = Long.parseLong(args[2]);
        long maxLagMillis = Long.parseLong(args[3]);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.fromSequence(1, records).slotSharingGroup("producer")
                .map(new Stamp(recordBytes)).slotSharingGroup("producer")
                .addSink(new SlowSink(consumerMicros, maxLagMillis)).slotSharingGroup("consumer").name("slow consumer");
        env.execute("slow consumer");
    }

    /** A record of the given size whose first 8 bytes hold the time it was made. */
    static final class Stamp implements MapFunction<Long, byte[]> {
        private static final long serialVersionUID = 1L;
        private final int recordBytes;

        Stamp(int recordBytes) {
            this.recordBytes = recordBytes;
        }

        @Override
        public byte[] map(Long value) {
            byte[] record = new byte[recordBytes];
            ByteBuffer.wrap(record).putLong(System.currentTimeMillis()).putLong(value);
            return record;
        }
    }

    /** Slow on purpose: it stands for a consumer that cannot keep up. */
    static final class SlowSink extends RichSinkFunction<byte[]> {
        private static final long serialVersionUID = 1L;
        private final long consumerNanos;
        private final long maxLagMillis;
        private transient LongCounter received;
        private transient LongCounter late;
        private transient LongCounter bytes;

        SlowSink(long consumerMicros, long maxLagMillis) {
            this.consumerNanos = TimeUnit.MICROSECONDS.toNanos(consumerMicros);
            this.maxLagMillis = maxLagMillis;
        }

        @Override
        public void open(OpenContext openContext) {
            received = getRuntimeContext().getLongCounter("received");
            late = getRuntimeContext().getLongCounter("late");
            bytes = getRuntimeContext().getLongCounter("bytes");
        }

        @Override
        public void invoke(byte[] record, Context context) {
            long lag = System.currentTimeMillis() - ByteBuffer.wrap(record).getLong();
            received.add(1L);
            bytes.add((long) record.length);
            if (lag > maxLagMillis) {
                late.add(1L);
            }
            LockSupport.parkNanos(consumerNanos);
        }
    }
}
