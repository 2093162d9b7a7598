package io.riffle.jobmanager.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import java.util.List;
import org.junit.Test;

public class JobCommandsTest {

    @Test
    public void listsEachJobWithItsIdNameAndStatus() {
        JobID running = JobID.generate();
        JobID ended = JobID.generate();
        String text = JobCommands.describe(List.of(new JobStatusMessage(running, "WordCount", JobStatus.RUNNING, 0),
                new JobStatusMessage(ended, "chain", JobStatus.FINISHED, -1)));
        String[] lines = text.split(System.lineSeparator());
        assertEquals(2, lines.length);
        assertTrue(lines[0], lines[0].endsWith(" : " + running + " : WordCount (RUNNING)"));
        assertEquals("ended : " + ended + " : chain (FINISHED)", lines[1]);
    }

    @Test
    public void saysSoWhenThereAreNoJobs() {
        assertEquals("No jobs.", JobCommands.describe(List.of()));
    }
}
