package io.riffle.bench.jmh;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Buffers per second (and bytes per second, the {@code bytes} counter) from a producer's result
 * partition to a {@code RemoteInputChannel} over a real TCP connection on 127.0.0.1 between two
 * {@code DataExchange}s (data server and data client), with credit-based flow control at the
 * default credit: 2 exclusive buffers per channel and 8 floating ones per gate, 32 KiB each.
 *
 * <p>This is the ceiling of one remote channel: every exchange between TaskManagers (J1's keyBy,
 * J4's rebalance on a multi-process cluster) goes through it. With 10 buffers of credit, the time a
 * recycled buffer takes to come back as credit to the producer matters as much as the copying.
 * The producer runs on its own thread, the Netty I/O threads on theirs: on a 2-core machine they
 * compete with the benchmark thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class NettyExchangeBenchmark {

    static final int BUFFERS_PER_INVOCATION = 64;

    private RemoteBufferStream stream;

    @Setup
    public void setUp() {
        stream = new RemoteBufferStream();
    }

    @TearDown
    public void tearDown() throws IOException, InterruptedException {
        stream.close();
    }

    /** Payload bytes received, reported per second beside the buffers. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class ByteCounter {

        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Benchmark
    @OperationsPerInvocation(BUFFERS_PER_INVOCATION)
    public void receive(ByteCounter counter) throws IOException, InterruptedException {
        for (int i = 0; i < BUFFERS_PER_INVOCATION; i++) {
            Buffer buffer = stream.takeBuffer();
            counter.bytes += buffer.readableBytes();
            buffer.recycle();
        }
    }
}
