package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.StringReader;
import org.junit.Test;

/** The RESULT line bin/bench --cluster makes of what 'riffle run' printed. */
public class ClusterRunReportTest {

    private static final String JOB_ID = "0123456789abcdef0123456789abcdef";

    @Test
    public void digestAndRatesComeFromTheAccumulatorsTheClientPrinted() throws Exception {
        // chain over 1000 records: the even half passes, K = 500 records summing to 3K(K-1)/2 + 2K
        String output = """
                Job has been submitted with JobID %s
                12:00:00.100 RUNNING
                12:00:02.100 FINISHED
                Job with JobID %s has finished.
                Job Runtime: 1500 ms
                Accumulator Results:
                - count (java.lang.Long): %d
                - sum (java.lang.Long): %d
                """.formatted(JOB_ID, JOB_ID, 500, 3L * 500 * 499 / 2 + 2 * 500);

        String line = ClusterRunReport.report(new String[] {"chain", "1000", "2", "2.0"}, new StringReader(output));

        assertEquals("RESULT job=chain n=1000 p=2 seconds=2.00 rps=500 digest=" + BenchmarkDigests.chainClosedForm(1000)
                + " job_seconds=1.50 cpu_s=-1.00", line);
    }

    @Test
    public void aRunThatDidNotFinishHasNoResult() {
        String output = "Job has been submitted with JobID " + JOB_ID + "\nriffle run: job " + JOB_ID + " failed: boom\n";

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> ClusterRunReport.report(new String[] {"chain", "1000", "2", "2.0"}, new StringReader(output)));
        assertEquals("the job did not finish: riffle run printed no job id or no job runtime", failure.getMessage());
    }
}
