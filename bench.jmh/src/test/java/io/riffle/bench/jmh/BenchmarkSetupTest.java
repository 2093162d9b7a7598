package io.riffle.bench.jmh;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.taskmanager.internal.network.buffer.Buffer;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Runs each benchmark's setup and one operation, and checks the result, so a benchmark broken by a
 * runtime change fails in this build instead of measuring nonsense.
 */
public class BenchmarkSetupTest {

    @Test
    public void everyRecordTypeComesBackEqualFromTheNetworkBuffers() throws Exception {
        for (RecordSamples samples : RecordSamples.values()) {
            RecordSerializationBenchmark benchmark = new RecordSerializationBenchmark();
            benchmark.records = samples;
            benchmark.setUp();
            try {
                RecordChannel<Object> channel = benchmark.channel();
                StreamRecord<Object>[] written = benchmark.samples();
                List<Object> read = new ArrayList<>();
                for (StreamRecord<Object> record : written) {
                    channel.write(record);
                    channel.drain(read::add);
                }
                channel.flush();
                channel.drain(read::add);

                assertEquals(samples + ": every record read back", written.length, read.size());
                for (int i = 0; i < written.length; i++) {
                    Object expected = written[i].getValue();
                    if (expected instanceof byte[] bytes) {
                        assertArrayEquals(samples + " record " + i, bytes, (byte[]) read.get(i));
                    } else {
                        assertEquals(samples + " record " + i, expected, read.get(i));
                    }
                }
                assertTrue(samples + ": a batch of the benchmark fills network buffers", benchmark.write() > 0);
            } finally {
                benchmark.tearDown();
            }
        }
    }

    @Test
    public void keyedStateCountsEveryAccessOfItsKey() throws Exception {
        KeyedStateBenchmark benchmark = new KeyedStateBenchmark();
        benchmark.setUp();
        benchmark.valueState();
        Map<String, Long> expected = new HashMap<>();
        for (String word : benchmark.wordSequence()) {
            expected.merge(word, 1L, Long::sum);
        }
        assertTrue("the sequence draws most words", expected.size() > KeyedStateBenchmark.WORDS * 9 / 10);
        for (Map.Entry<String, Long> entry : expected.entrySet()) {
            assertEquals(entry.getKey(), entry.getValue().longValue(), benchmark.countOf(entry.getKey()));
        }

        benchmark.windowState();
        Map<String, Long> sums = new HashMap<>();
        Integer[] keys = benchmark.keySequence();
        for (int i = 0; i < keys.length; i++) {
            long windowStart = (i / KeyedStateBenchmark.WINDOW_SIZE_MILLIS) % KeyedStateBenchmark.WINDOWS
                    * KeyedStateBenchmark.WINDOW_SIZE_MILLIS;
            sums.merge(keys[i] + "@" + windowStart, (long) i, Long::sum);
        }
        for (Map.Entry<String, Long> entry : sums.entrySet()) {
            String[] keyAndWindow = entry.getKey().split("@");
            assertEquals(entry.getKey(), entry.getValue().longValue(),
                    benchmark.sumOf(Integer.parseInt(keyAndWindow[0]), Long.parseLong(keyAndWindow[1])));
        }
    }

    @Test
    public void theChainComputesJ2sDigest() throws Exception {
        for (String operatorClasses : List.of("copies", "shared")) {
            OperatorChainBenchmark benchmark = new OperatorChainBenchmark();
            benchmark.operatorClasses = operatorClasses;
            benchmark.setUp();
            try {
                long records = 10_001;
                benchmark.runFromZero(records);
                // JOBS.md J2: K = floor(N/2) records reach the sink, summing to 3K(K-1)/2 + 2K
                long k = records / 2;
                assertEquals(operatorClasses, k, benchmark.count());
                assertEquals(operatorClasses, 3 * k * (k - 1) / 2 + 2 * k, benchmark.sum());
            } finally {
                benchmark.tearDown();
            }
        }
    }

    @Test(timeout = 60_000)
    public void buffersArriveFullAndInOrderOverTheLoopbackConnection() throws Exception {
        int framing = RemoteBufferStream.framingBytes();
        try (RemoteBufferStream stream = new RemoteBufferStream()) {
            for (long n = 0; n < 200; n++) {
                Buffer buffer = stream.takeBuffer();
                assertEquals("buffer " + n + " is full", RemoteBufferStream.SEGMENT_SIZE, buffer.readableBytes());
                assertEquals("buffer " + n + " carries record " + n, n, RemoteBufferStream.sequenceOf(buffer, framing));
                buffer.recycle();
            }
        }
        NettyExchangeBenchmark benchmark = new NettyExchangeBenchmark();
        benchmark.setUp();
        try {
            NettyExchangeBenchmark.ByteCounter counter = new NettyExchangeBenchmark.ByteCounter();
            benchmark.receive(counter);
            assertEquals((long) NettyExchangeBenchmark.BUFFERS_PER_INVOCATION * RemoteBufferStream.SEGMENT_SIZE, counter.bytes);
        } finally {
            benchmark.tearDown();
        }
    }
}
