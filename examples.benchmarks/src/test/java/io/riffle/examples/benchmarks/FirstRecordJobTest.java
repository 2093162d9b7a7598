package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The latency probe: it counts its records and reports one first-record time, whatever the job's parallelism. */
public class FirstRecordJobTest {

    @Test
    public void measuresTheTimeFromTheBuiltJobToItsFirstRecordOnce() throws Exception {
        FirstRecordJob job = new FirstRecordJob();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        long before = FirstRecordJob.nowMicros();
        job.addTo(env, 5);
        JobExecutionResult result = env.execute(job.name());
        long wholeRunMicros = FirstRecordJob.nowMicros() - before;

        assertEquals("5", job.digest(result));
        Matcher field = Pattern.compile("^ first_record_ms=(\\d+\\.\\d)$").matcher(job.extraFields(5, 1.0, result));
        assertTrue(job.extraFields(5, 1.0, result), field.matches());
        double firstRecordMs = Double.parseDouble(field.group(1));
        // within the run: one measurement, not one per record or per subtask added up
        assertTrue(firstRecordMs + " ms of a " + wholeRunMicros / 1e3 + " ms run", firstRecordMs * 1e3 <= wholeRunMicros);
    }
}
