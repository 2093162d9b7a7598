package io.riffle.launcher.internal.process;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.launcher.internal.config.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ProcessLogTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void eachTaskManagerOnAHostGetsTheLowestFreeNumber() throws IOException {
        Path folder = temp.getRoot().toPath().resolve("log");

        ProcessLog first = ProcessLog.open(folder, Role.TASKMANAGER, "h");
        ProcessLog second = ProcessLog.open(folder, Role.TASKMANAGER, "h");

        assertEquals(folder.resolve("riffle-taskmanager-h-0.log"), first.file());
        assertEquals(0, first.index());
        assertEquals(folder.resolve("riffle-taskmanager-h-1.log"), second.file());
        assertEquals(1, second.index());
    }

    @Test
    public void aSecondJobManagerOnTheHostCannotShareTheLogFile() throws IOException {
        Path folder = temp.getRoot().toPath();
        ProcessLog.open(folder, Role.JOBMANAGER, "h");

        IOException e = assertThrows(IOException.class, () -> ProcessLog.open(folder, Role.JOBMANAGER, "h"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("another JobManager on this host writes to "));
    }

    @Test
    public void linesAreAppendedWithTimeLevelAndThread() throws IOException {
        Path folder = temp.getRoot().toPath();
        Files.writeString(folder.resolve("riffle-jobmanager-h.log"), "from the run before\n");

        ProcessLog log = ProcessLog.open(folder, Role.JOBMANAGER, "h");
        log.info("is up");
        log.error("went wrong");

        String text = Files.readString(log.file());
        assertTrue(text, text.startsWith("from the run before\n"));
        assertTrue(text, text.matches("(?s).*\\n\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[[^]]+] INFO io\\.riffle\\.launcher - is up\\n"
                + ".* \\[[^]]+] ERROR io\\.riffle\\.launcher - went wrong\\n"));
    }

    @Test
    public void hostNamesAreMadeSafeForFileNames() {
        assertEquals("worker-1.example.com", LocalHost.safe("worker-1.example.com"));
        assertEquals("a_b_c", LocalHost.safe("a/b c"));
        assertEquals("localhost", LocalHost.safe(""));
    }
}
