package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichMapFunction;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Latency, not throughput: how long from {@code execute()} until the first record is processed
 * (issue 6 asks for under 100 ms on a warm session cluster). The job is {@code N} numbers (default
 * 1) through a map that, at its first record, measures the wall-clock time since the job was built,
 * just before {@code execute()}: the job graph, submission, scheduling, deployment, task start and
 * the record's way through the source. The wall clock is shared by the processes of one machine,
 * so this also holds when the map runs in a TaskManager JVM. The RESULT line gets
 * {@code first_record_ms}; the digest is the number of records.
 */
public final class FirstRecordJob implements BenchmarkJob {

    public static final String NAME = "first-record";
    static final String RECORDS = "records";
    static final String FIRST_RECORD_MICROS = "firstRecordMicros";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long defaultRecords() {
        return 1;
    }

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        FirstRecordProbe probe = new FirstRecordProbe();
        env.fromSequence(0, records - 1).setParallelism(1)
                .map(probe).setParallelism(1).name("first record")
                .sinkTo(new DiscardingSink<>());
        // last: the caller runs execute() next; the probe is serialized into the job then
        probe.jobBuiltMicros = nowMicros();
    }

    @Override
    public String digest(JobExecutionResult result) {
        return DigestFormat.decimal(DigestFormat.counter(result, RECORDS));
    }

    @Override
    public String extraFields(long records, double seconds, JobExecutionResult result) {
        return String.format(Locale.ROOT, " first_record_ms=%.1f", DigestFormat.counter(result, FIRST_RECORD_MICROS) / 1e3);
    }

    static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    /** Passes records on; at the first one, records the time since the job was built. */
    static final class FirstRecordProbe extends RichMapFunction<Long, Long> {

        private static final long serialVersionUID = 1L;

        long jobBuiltMicros;
        private transient LongCounter records;
        private transient LongCounter firstRecordMicros;

        @Override
        public void open(OpenContext openContext) {
            records = getRuntimeContext().getLongCounter(RECORDS);
            firstRecordMicros = getRuntimeContext().getLongCounter(FIRST_RECORD_MICROS);
        }

        @Override
        public Long map(Long value) {
            if (records.getLocalValue() == 0) {
                firstRecordMicros.add(nowMicros() - jobBuiltMicros);
            }
            records.add(1L);
            return value;
        }
    }
}
