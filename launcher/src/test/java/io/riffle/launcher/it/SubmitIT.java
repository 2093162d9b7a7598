package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The client verbs against a JobManager and a TaskManager (2 slots) in separate JVMs: riffle info
 * prints the plan of the WordCount bundle, a bundle whose main() throws is refused with its cause,
 * and bad input is one line with exit code 1. One cluster serves all tests: none of them leaves a
 * job running.
 */
public class SubmitIT {

    private static final Pattern REST = Pattern.compile("REST API at http://([^:\\s]+):(\\d+)");

    @ClassRule
    public static TemporaryFolder temp = new TemporaryFolder();

    private static RunningRiffle jobManager;
    private static RunningRiffle taskManager;
    private static String address;

    @BeforeClass
    public static void startCluster() throws Exception {
        Path conf = ClusterFolder.conf(temp, ClusterFolder.freePort());
        jobManager = RunningRiffle.start(temp.getRoot().toPath(), "jobmanager", "--conf", conf.toString());
        RunningRiffle jm = jobManager;
        String jmLog = Poll.until("the JobManager to log its REST address", () -> ClusterFolder.log(temp, "riffle-jobmanager-"),
                text -> REST.matcher(text).find() || !jm.isAlive());
        Matcher rest = REST.matcher(jmLog);
        assertTrue(jmLog + jm.err(), rest.find());
        address = "localhost:" + rest.group(2);
        taskManager = RunningRiffle.start(temp.getRoot().toPath(), "taskmanager", "--conf", conf.toString());
        RunningRiffle tm = taskManager;
        Poll.until("the TaskManager to register", () -> ClusterFolder.log(temp, "riffle-jobmanager-"),
                text -> text.contains("registered with 2 slots") || !tm.isAlive());
    }

    @AfterClass
    public static void stopCluster() {
        if (taskManager != null) {
            taskManager.close();
        }
        if (jobManager != null) {
            jobManager.close();
        }
    }

    private static String wordCountBundle() {
        return System.getProperty("riffle.examples.wordcount");
    }

    @Test
    public void infoPrintsThePlanOfTheWordCountBundle() throws Exception {
        RiffleProcess.Result info = RiffleProcess.run("", "info", "-m", address, "-p", "2", wordCountBundle());
        assertEquals(info.out() + info.err(), 0, info.exitCode());
        assertTrue(info.out(), info.out().startsWith("Job: Streaming WordCount ("));
        assertTrue(info.out(), info.out().contains("tokenizer"));
        assertTrue(info.out(), info.out().contains("(parallelism 2)"));
        assertTrue(info.out(), info.out().contains("  [1] Source: Collection Source  (parallelism 1)"));
        assertTrue(info.out(), info.out().contains("  [1] -> [2]  REBALANCE (pipelined_bounded)"));
        assertTrue(info.out(), info.out().contains("  [2] -> [3]  HASH (pipelined_bounded)"));

        RiffleProcess.Result json = RiffleProcess.run("", "info", "-m", address, "--json", wordCountBundle());
        assertEquals(json.err(), 0, json.exitCode());
        assertTrue(json.out(), json.out().startsWith("{\"plan\":{\"jid\":\""));
        assertTrue(json.out(), json.out().contains("\"ship_strategy\":\"HASH\""));
    }

    @Test
    public void runDetachedTwiceOfOneBundleSubmitsTwoJobsTheJobManagerKnows() throws Exception {
        for (int i = 0; i < 2; i++) {
            RiffleProcess.Result run = RiffleProcess.run("", "run", "-d", "-m", address, wordCountBundle());
            assertEquals(run.out() + run.err(), 0, run.exitCode());
            Matcher submitted = Pattern.compile("^Job has been submitted with JobID ([0-9a-f]{32})$").matcher(run.out().strip());
            assertTrue(run.out(), submitted.matches());
            String job = get("/jobs/" + submitted.group(1));
            assertTrue(job, job.startsWith("{\"jid\":\"" + submitted.group(1) + "\",\"name\":\"Streaming WordCount\","));
            assertEquals(job, 2, job.split("\"parallelism\":", -1).length - 1);
        }
    }

    private static String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + address + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    public void runOfABundleWhoseMainThrowsExits1WithTheCause() throws Exception {
        RiffleProcess.Result run = RiffleProcess.run("", "run", "-d", "-m", address, throwingBundle().toString());
        assertEquals(run.out() + run.err(), 1, run.exitCode());
        assertEquals("riffle run: Could not execute application: java.lang.IllegalStateException: this job needs --input, and none was given",
                run.err().strip());
    }

    @Test
    public void runOfACorruptFileIsOneLine() throws Exception {
        Path corrupt = temp.newFile("corrupt.jar").toPath();
        Files.writeString(corrupt, "this is no jar");
        RiffleProcess.Result run = RiffleProcess.run("", "run", "-m", address, corrupt.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err(), run.err().startsWith("riffle run: job bundle " + corrupt + " is not a JAR file"));
        assertEquals(run.err(), 1, run.err().strip().lines().count());
    }

    @Test
    public void cancelOfAnUnknownJobIsOneLine() throws Exception {
        String unknown = "0123456789abcdef0123456789abcdef";
        RiffleProcess.Result cancel = RiffleProcess.run("", "cancel", "-m", address, unknown);
        assertEquals(1, cancel.exitCode());
        assertEquals("riffle cancel: no job with id " + unknown + " is known to this cluster", cancel.err().strip());
        assertFalse(cancel.err(), cancel.err().contains("\tat "));
    }

    @Test
    public void runAttachedFollowsWordCountToFinished() throws Exception {
        RiffleProcess.Result run = RiffleProcess.run("", "run", "-m", address, "-p", "2", wordCountBundle());
        assertEquals(run.out() + run.err(), 0, run.exitCode());
        assertTrue(run.out(), run.out().startsWith("Job has been submitted with JobID "));
        assertTrue(run.out(), run.out().contains(" is FINISHED."));
        assertTrue(run.out(), run.out().contains("Job Runtime: "));
    }

    /** A job bundle of one class, {@link ThrowingMain}, its Main-Class. */
    private static Path throwingBundle() throws IOException {
        Path jar = temp.getRoot().toPath().resolve("throwing-job.jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.riffle.it.throwing");
        main.putValue("Bundle-Version", "1.0.0");
        main.put(Attributes.Name.MAIN_CLASS, ThrowingMain.class.getName());
        String entry = ThrowingMain.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                InputStream in = SubmitIT.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new ZipEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
