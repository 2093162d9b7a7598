package io.riffle.test.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.typeinfo.PrimitiveArrayTypeInfo;
import io.riffle.configuration.Configuration;
import io.riffle.configuration.MemorySize;
import io.riffle.configuration.TaskManagerOptions;
import io.riffle.connector.datagen.source.DataGeneratorSource;
import io.riffle.core.execution.JobClient;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.test.util.MiniClusterResourceConfiguration;
import io.riffle.test.util.MiniClusterWithClientResource;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * A fast source feeding a sink the test holds back: the source may run ahead only by what the
 * bounded network buffers between them hold, then it parks waiting for a buffer — backpressure —
 * and every record still arrives once the sink is let go.
 */
public class BackpressureTest {

    private static final int BUFFER_SIZE = 32 * 1024;
    private static final int RECORDS = 20_000;
    private static final int PAYLOAD_BYTES = 1024;
    /** A record on the wire: 4-byte frame length, 1-byte element tag, 4-byte array length, the bytes. */
    private static final int FRAMED_RECORD_BYTES = 4 + 1 + 4 + PAYLOAD_BYTES;
    /** The pool of a result partition with one subpartition: 2 per subpartition + 8 spare. */
    private static final int PARTITION_BUFFERS = 2 * 1 + 8;
    /**
     * Records that can be emitted but not yet consumed: what the partition's buffers hold (a buffer
     * may also hold the pieces of two records spanning its edges), plus the record the source holds
     * while it waits for a buffer and the record the sink holds while it waits for a permit.
     */
    private static final long MAX_IN_FLIGHT = (long) PARTITION_BUFFERS * (BUFFER_SIZE / FRAMED_RECORD_BYTES + 2) + 2;
    private static final int RECORDS_PER_STEP = 1_000;
    private static final int THROTTLED_STEPS = 5;
    private static final String SOURCE_NAME = "Backpressured Generator";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder()
                    .setConfiguration(new Configuration().set(TaskManagerOptions.NETWORK_BUFFER_SIZE, MemorySize.parse("32 kb")))
                    .build());

    static final AtomicLong EMITTED = new AtomicLong();
    static final AtomicLong CONSUMED = new AtomicLong();
    static final AtomicLong OUT_OF_ORDER = new AtomicLong();
    static final Semaphore PERMITS = new Semaphore(0);

    /** Writes one permit's worth: takes a permit per record, then checks the record is the next one. */
    static final class GatedSink implements SinkFunction<byte[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public void invoke(byte[] value) throws InterruptedException {
            PERMITS.acquire();
            long index = CONSUMED.get();
            if (value.length != PAYLOAD_BYTES || value[0] != (byte) index || value[PAYLOAD_BYTES - 1] != (byte) index) {
                OUT_OF_ORDER.incrementAndGet();
            }
            CONSUMED.incrementAndGet();
        }
    }

    @Test(timeout = 60_000)
    public void aHeldBackSinkStopsTheSourceWithinTheNetworkBuffersAndThenReceivesEverything() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        DataGeneratorSource<byte[]> source = new DataGeneratorSource<>(index -> {
            EMITTED.incrementAndGet();
            byte[] payload = new byte[PAYLOAD_BYTES];
            Arrays.fill(payload, (byte) (long) index);
            return payload;
        }, RECORDS, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
        env.fromSource(source, WatermarkStrategy.noWatermarks(), SOURCE_NAME)
                .rebalance()
                .addSink(new GatedSink()).name("Gated Sink");

        JobClient job = env.executeAsync("backpressure");
        long released = 0;
        for (int step = 0; step < THROTTLED_STEPS; step++) {
            long consumedBefore = released;
            Deadline.await("the source parks waiting for a network buffer (step " + step + ")", TIMEOUT,
                    () -> assertInFlightWithinBuffers() && sourceWaitsForABuffer());
            assertTrue("the source has records left, it is held back, not done", EMITTED.get() < RECORDS);
            assertEquals("the sink consumed only what it was allowed", consumedBefore, CONSUMED.get());

            PERMITS.release(RECORDS_PER_STEP);
            released += RECORDS_PER_STEP;
            long target = released;
            Deadline.await("the sink consumes the " + target + " records it may", TIMEOUT,
                    () -> assertInFlightWithinBuffers() && CONSUMED.get() == target);
        }

        PERMITS.release(RECORDS);
        job.getJobExecutionResult().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(RECORDS, EMITTED.get());
        assertEquals(RECORDS, CONSUMED.get());
        assertEquals("records arrive complete and in order", 0, OUT_OF_ORDER.get());
    }

    /** Samples how far the source ran ahead of the sink; fails at once if beyond the buffers. */
    private static boolean assertInFlightWithinBuffers() {
        long consumed = CONSUMED.get();
        long emitted = EMITTED.get();
        long inFlight = emitted - consumed;
        assertTrue("the source ran " + inFlight + " records ahead of the sink (emitted " + emitted + ", consumed " + consumed
                + "); bounded buffers allow at most " + MAX_IN_FLIGHT, inFlight <= MAX_IN_FLIGHT);
        return true;
    }

    /** Whether the source's task thread is parked in the partition's buffer pool. */
    private static boolean sourceWaitsForABuffer() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (thread.getKey().getName().contains(SOURCE_NAME) && thread.getKey().getState() == Thread.State.WAITING
                    && Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getMethodName().equals("requestBufferBlocking"))) {
                return true;
            }
        }
        return false;
    }
}
