package io.riffle.bench.jmh;

import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Records per second through the data plane's serialization path: {@code write} serializes records
 * with the {@code RecordWriter} into 32 KiB network buffers of a real partition (the buffers are
 * recycled unread); {@code writeAndRead} also cuts the buffers back into records with the
 * {@code SpanningRecordDeserializer} and deserializes them, as the consuming task does.
 *
 * <p>Every record that crosses a task boundary pays this twice (serialize, deserialize), so it
 * bounds the throughput of keyed and rebalanced exchanges such as J1 and J4.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class RecordSerializationBenchmark {

    static final int RECORDS_PER_INVOCATION = 10_000;
    /** Distinct values cycled through; a power of two so the index wraps with a mask. */
    static final int DISTINCT_VALUES = 1024;

    @Param({"TUPLE2_STRING_INT", "TUPLE3_INT_LONG_LONG", "BYTES_100"})
    public RecordSamples records;

    private RecordChannel<Object> channel;
    private StreamRecord<Object>[] samples;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        channel = new RecordChannel<>(new StreamElementSerializer<>(records.serializer()));
        Object[] values = records.values(DISTINCT_VALUES);
        samples = new StreamRecord[values.length];
        for (int i = 0; i < values.length; i++) {
            samples[i] = new StreamRecord<>(values[i]);
        }
    }

    @TearDown
    public void tearDown() {
        channel.close();
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS_PER_INVOCATION)
    public int write() throws IOException {
        int buffers = 0;
        for (int i = 0; i < RECORDS_PER_INVOCATION; i++) {
            channel.write(samples[i & (DISTINCT_VALUES - 1)]);
            buffers += channel.drain(null);
        }
        return buffers;
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS_PER_INVOCATION)
    public int writeAndRead(Blackhole blackhole) throws IOException {
        int buffers = 0;
        for (int i = 0; i < RECORDS_PER_INVOCATION; i++) {
            channel.write(samples[i & (DISTINCT_VALUES - 1)]);
            buffers += channel.drain(blackhole::consume);
        }
        return buffers;
    }

    /** The channel, for the setup test. */
    RecordChannel<Object> channel() {
        return channel;
    }

    StreamRecord<Object>[] samples() {
        return samples;
    }
}
