package io.riffle.bench.ceiling;

import static org.junit.Assert.assertEquals;

import io.riffle.bench.digest.JobSpec;
import io.riffle.bench.digest.JobsMdDigests;
import org.junit.Test;

/** Every loop gives JOBS.md's digest at every size its table lists (1,000, 1,000,003 and the defaults; a few seconds). */
public class CeilingLoopsTest {

    @Test
    public void everyLoopReproducesJobsMdsDigestTable() {
        for (JobSpec job : JobSpec.values()) {
            for (long records : new long[] {1_000, 1_000_003, job.defaultRecords()}) {
                assertEquals(job.jobName() + " at " + records, JobsMdDigests.of(job.jobName(), records).orElseThrow(),
                        CeilingLoops.run(job, records));
            }
        }
    }
}
