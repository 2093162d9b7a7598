package io.riffle.launcher.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import picocli.CommandLine;

/** 'riffle list' without a cluster: the JSON it reads, and an unreachable JobManager. */
public class ListCommandTest {

    @Test
    public void readsTheShapesOfTheRestApi() {
        Object json = JsonReader.read(" {\"jobs\":[{\"jid\":\"a\\\"b\",\"start-time\":1000,\"ok\":true,\"x\":null}], \"e\":[]} ");
        Map<?, ?> job = (Map<?, ?>) ((List<?>) ((Map<?, ?>) json).get("jobs")).get(0);
        assertEquals("a\"b", job.get("jid"));
        assertEquals(1000.0, job.get("start-time"));
        assertEquals(Boolean.TRUE, job.get("ok"));
        assertTrue(job.containsKey("x"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsTruncatedJson() {
        JsonReader.read("{\"jobs\":[");
    }

    @Test
    public void anUnreachableJobManagerIsOneLineAndExitCode1() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Riffle.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exit = commandLine.execute("list", "-m", "localhost:" + port);

        assertEquals(1, exit);
        assertEquals("riffle list: cannot reach the JobManager at http://localhost:" + port + ": Connection refused",
                err.toString().strip());
        assertFalse(err.toString(), err.toString().contains("\tat "));
    }
}
