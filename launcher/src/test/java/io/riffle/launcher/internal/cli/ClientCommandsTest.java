package io.riffle.launcher.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import picocli.CommandLine;

/** riffle run, cancel and info against a stub REST API on a real socket: requests, output, error lines and exit codes. */
public class ClientCommandsTest {

    private static final String JOB = "0123456789abcdef0123456789abcdef";
    private static final String JAR = "3f2a_job.jar";

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private StubJobManager stub;
    private Path bundle;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Before
    public void setUp() throws IOException {
        stub = new StubJobManager();
        bundle = temp.newFile("job.jar").toPath();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "job");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(bundle), manifest)) {
            jar.flush();
        }
        stub.answer("POST /jars/upload", 200, "{\"filename\":\"/tmp/uploads/" + JAR + "\",\"status\":\"success\"}");
    }

    @After
    public void tearDown() {
        stub.close();
    }

    private int riffle(String... args) {
        CommandLine commandLine = Riffle.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void assertOneLineWithoutStackTrace() {
        assertEquals(err.toString(), 1, err.toString().strip().lines().count());
        assertFalse(err.toString(), err.toString().contains("\tat "));
    }

    @Test
    public void runDetachedUploadsAsMultipartRunsAndPrintsTheJobId() {
        stub.answer("POST /jars/" + JAR + "/run", 200, "{\"jobid\":\"" + JOB + "\"}");

        int exit = riffle("run", "-m", stub.address(), "-d", "-p", "3", "-c", "com.example.Main", bundle.toString(), "--input", "a \"b\"", "-d");

        assertEquals(err.toString(), 0, exit);
        assertEquals("Job has been submitted with JobID " + JOB, out.toString().strip());
        StubJobManager.Request upload = stub.requests.get(0);
        assertTrue(upload.body(), upload.body().contains("Content-Disposition: form-data; name=\"jarfile\"; filename=\"job.jar\""));
        assertTrue("the file's bytes travel unchanged", upload.body().contains(new String(readAll(bundle), StandardCharsets.ISO_8859_1)));
        assertEquals("{\"entryClass\":\"com.example.Main\",\"parallelism\":3,\"programArgsList\":[\"--input\",\"a \\\"b\\\"\",\"-d\"]}",
                stub.requests.get(1).body());
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void runAttachedPrintsEachStateChangeOnceAndTheRuntime() {
        stub.answer("POST /jars/" + JAR + "/run", 200, "{\"jobid\":\"" + JOB + "\"}")
                .answer("GET /jobs/" + JOB, 200, "{\"jid\":\"" + JOB + "\",\"state\":\"CREATED\",\"duration\":1}")
                .answer("GET /jobs/" + JOB, 200, "{\"jid\":\"" + JOB + "\",\"state\":\"RUNNING\",\"duration\":2}")
                .answer("GET /jobs/" + JOB, 200, "{\"jid\":\"" + JOB + "\",\"state\":\"RUNNING\",\"duration\":3}")
                .answer("GET /jobs/" + JOB, 200, "{\"jid\":\"" + JOB + "\",\"state\":\"FINISHED\",\"duration\":1234}")
                .answer("GET /jobs/" + JOB + "/accumulators", 200, "{\"job-accumulators\":[],\"user-task-accumulators\":["
                        + "{\"name\":\"count\",\"type\":\"java.lang.Long\",\"value\":\"42\"}]}");

        int exit = riffle("run", "-m", stub.address(), bundle.toString());

        assertEquals(err.toString(), 0, exit);
        String printed = out.toString();
        assertTrue(printed, printed.matches("(?s).*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d Job " + JOB + " is CREATED\\..*"));
        assertEquals(printed, 1, printed.lines().filter(l -> l.endsWith(" is RUNNING.")).count());
        assertTrue(printed, printed.contains(" is FINISHED."));
        assertTrue(printed, printed.contains("Job Runtime: 1234 ms" + System.lineSeparator() + "Accumulator Results:"
                + System.lineSeparator() + "- count (java.lang.Long): 42"));
    }

    @Test
    public void runAttachedOfAFailingJobShowsTheRootCauseAndExits1() {
        stub.answer("POST /jars/" + JAR + "/run", 200, "{\"jobid\":\"" + JOB + "\"}")
                .answer("GET /jobs/" + JOB, 200, "{\"state\":\"FAILED\",\"duration\":5}")
                .answer("GET /jobs/" + JOB + "/exceptions", 200,
                        "{\"root-exception\":\"java.lang.IllegalStateException: boom\\n\\tat a.B.c(B.java:1)\",\"all-exceptions\":[]}");

        int exit = riffle("run", "-m", stub.address(), bundle.toString());

        assertEquals(1, exit);
        assertTrue(err.toString(), err.toString().startsWith("riffle run: job " + JOB + " failed: java.lang.IllegalStateException: boom"));
    }

    @Test
    public void runAttachedOfACancelledJobExits1() {
        stub.answer("POST /jars/" + JAR + "/run", 200, "{\"jobid\":\"" + JOB + "\"}")
                .answer("GET /jobs/" + JOB, 200, "{\"state\":\"CANCELED\",\"duration\":5}");
        assertEquals(1, riffle("run", "-m", stub.address(), bundle.toString()));
        assertEquals("riffle run: job " + JOB + " was cancelled", err.toString().strip());
    }

    @Test
    public void aProgramThatFailsBeforeSubmittingIsOneLineWithTheServersMessage() {
        stub.answer("POST /jars/" + JAR + "/run", 400, "{\"errors\":[\"Could not execute application: java.lang.IllegalStateException: no\"]}");
        assertEquals(1, riffle("run", "-m", stub.address(), "-d", bundle.toString()));
        assertEquals("riffle run: Could not execute application: java.lang.IllegalStateException: no", err.toString().strip());
        assertOneLineWithoutStackTrace();
    }

    @Test
    public void aMissingOrCorruptBundleIsOneLineAndNothingIsUploaded() throws IOException {
        assertEquals(1, riffle("run", "-m", stub.address(), temp.getRoot().toPath().resolve("nope.jar").toString()));
        assertTrue(err.toString(), err.toString().contains("nope.jar does not exist"));
        assertOneLineWithoutStackTrace();

        Path corrupt = temp.newFile("corrupt.jar").toPath();
        Files.writeString(corrupt, "not a zip");
        err.getBuffer().setLength(0);
        assertEquals(1, riffle("info", "-m", stub.address(), corrupt.toString()));
        assertTrue(err.toString(), err.toString().startsWith("riffle info: job bundle " + corrupt + " is not a JAR file"));
        assertOneLineWithoutStackTrace();
        assertTrue(stub.requests.isEmpty());
    }

    @Test
    public void anUnreachableJobManagerIsOneLineAndVerboseAddsTheStackTrace() {
        String address = stub.address();
        stub.close();
        assertEquals(1, riffle("run", "-m", address, bundle.toString()));
        assertEquals("riffle run: cannot reach the JobManager at http://" + address + ": Connection refused", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(1, riffle("cancel", "--verbose", "-m", address, JOB));
        assertTrue(err.toString(), err.toString().contains("\tat "));
    }

    @Test
    public void usageErrorsExitWith2() {
        assertEquals(2, riffle("run", "--frobnicate", bundle.toString()));
        assertEquals(2, riffle("run", "-m", stub.address()));
        assertEquals(2, riffle("run", "-m", stub.address(), "-p", "0", bundle.toString()));
        assertEquals(2, riffle("cancel", "-m", stub.address(), "not-a-job-id"));
        assertTrue(err.toString(), err.toString().contains("riffle cancel: 'not-a-job-id' is no job id: expected 32 hex digits"));
    }

    @Test
    public void cancelWaitsForCanceled() {
        stub.answer("PATCH /jobs/" + JOB, 202, "{}")
                .answer("GET /jobs/" + JOB, 200, "{\"state\":\"CANCELLING\"}")
                .answer("GET /jobs/" + JOB, 200, "{\"state\":\"CANCELED\"}");
        assertEquals(err.toString(), 0, riffle("cancel", "-m", stub.address(), JOB));
        assertEquals("Cancelled job " + JOB + ".", out.toString().strip());
        assertEquals("mode=cancel", stub.requests.get(0).uri().substring(stub.requests.get(0).uri().indexOf('?') + 1));
    }

    @Test
    public void cancelOfAnUnknownJobIsOneLineAndExits1() {
        stub.answer("PATCH /jobs/" + JOB, 404, "{\"errors\":[\"no job with id " + JOB + " is known to this cluster\"]}");
        assertEquals(1, riffle("cancel", "-m", stub.address(), JOB));
        assertEquals("riffle cancel: no job with id " + JOB + " is known to this cluster", err.toString().strip());
    }

    @Test
    public void infoPrintsVerticesAndEdgesAndDeletesTheUpload() {
        String plan = "{\"plan\":{\"jid\":\"j1\",\"name\":\"WordCount\",\"nodes\":["
                + "{\"id\":\"a\",\"parallelism\":1,\"operator\":\"Source: lines -> Flat Map\",\"description\":\"x\"},"
                + "{\"id\":\"b\",\"parallelism\":2,\"operator\":\"Sum -> Sink\",\"description\":\"y\",\"inputs\":"
                + "[{\"num\":0,\"id\":\"a\",\"ship_strategy\":\"HASH\",\"exchange\":\"pipelined_bounded\"}]}]}}";
        stub.answer("POST /jars/" + JAR + "/plan", 200, plan).answer("DELETE /jars/" + JAR, 200, "{}");

        assertEquals(err.toString(), 0, riffle("info", "-m", stub.address(), "-p", "2", bundle.toString(), "--x"));

        assertEquals(String.join(System.lineSeparator(), "Job: WordCount (j1)", "Vertices:",
                "  [1] Source: lines -> Flat Map  (parallelism 1)", "  [2] Sum -> Sink  (parallelism 2)", "Edges:",
                "  [1] -> [2]  HASH (pipelined_bounded)"), out.toString().strip());
        assertEquals("{\"parallelism\":2,\"programArgsList\":[\"--x\"]}", stub.requests.get(1).body());
        assertEquals("DELETE", stub.requests.get(2).method());

        out.getBuffer().setLength(0);
        assertEquals(0, riffle("info", "-m", stub.address(), "--json", bundle.toString()));
        assertEquals(plan, out.toString().strip());
    }
}
