package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.launcher.it.jobs.SlowConsumerJob;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A slow consumer in one TaskManager JVM holds back the producer in another: credit-based flow
 * control over the TCP connection between them, and the producer blocking on its bounded buffer
 * pool. Each TaskManager has a 64 MiB heap and 64 MiB of direct memory, and the producer makes
 * 240 MiB; every record reaches the consumer at most 2 s after it was made, though the consumer
 * needs several seconds for all of them, so the producer never ran far ahead.
 */
public class CrossProcessBackpressureIT {

    private static final long RECORDS = 60_000;
    private static final int RECORD_BYTES = 4096;
    private static final long CONSUMER_MICROS = 100;
    private static final long MAX_LAG_MILLIS = 2_000;
    private static final Pattern ACCUMULATOR = Pattern.compile("(?m)^- (\\w+) \\(java\\.lang\\.Long\\): (-?\\d+)$");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aSlowConsumerHoldsBackAProducerInAnotherTaskManagerWithBoundedMemory() throws Exception {
        Path bundle = TestJobBundle.build(temp.getRoot().toPath().resolve("slow-consumer.jar"), SlowConsumerJob.class,
                List.of("io.riffle.api.common", "io.riffle.api.common.accumulators", "io.riffle.api.common.functions",
                        "io.riffle.streaming.api.datastream", "io.riffle.streaming.api.environment",
                        "io.riffle.streaming.api.functions.sink"));
        // one slot per TaskManager: the producer's and the consumer's slot sharing groups land in different JVMs
        try (StandaloneCluster cluster = StandaloneCluster.start(temp, 1, "",
                List.of("-Xmx64m", "-XX:MaxDirectMemorySize=64m"), 2)) {
            RiffleProcess.Result run = RiffleProcess.run("", "run", "-m", cluster.restAddress(), bundle.toString(),
                    Long.toString(RECORDS), Integer.toString(RECORD_BYTES), Long.toString(CONSUMER_MICROS), Long.toString(MAX_LAG_MILLIS));

            assertEquals(run.out() + run.err() + cluster.errors(), 0, run.exitCode());
            assertEquals(run.out(), RECORDS, accumulator(run.out(), "received"));
            assertEquals(run.out(), RECORDS * RECORD_BYTES, accumulator(run.out(), "bytes"));
            assertEquals("records that waited more than " + MAX_LAG_MILLIS + " ms: " + run.out(), 0, accumulator(run.out(), "late"));
            for (String log : cluster.taskManagerLogs()) {
                assertTrue("each TaskManager ran one side of the job: " + log, log.contains("allocated to job"));
                assertTrue(log, !log.contains("OutOfMemoryError"));
            }
            assertTrue(cluster.errors(), cluster.taskManager(0).isAlive() && cluster.taskManager(1).isAlive());
        }
    }

    private static long accumulator(String printed, String name) {
        Matcher accumulator = ACCUMULATOR.matcher(printed);
        while (accumulator.find()) {
            if (accumulator.group(1).equals(name)) {
                return Long.parseLong(accumulator.group(2));
            }
        }
        throw new AssertionError("no accumulator " + name + " in: " + printed);
    }
}
