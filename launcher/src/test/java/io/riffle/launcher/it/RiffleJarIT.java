package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** riffle.jar as a user runs it: a separate JVM, its exit code and what it prints. */
public class RiffleJarIT {

    private static final Pattern LB_ROW = Pattern.compile("^\\s*(\\d+)\\|(\\w+)\\s*\\|", Pattern.MULTILINE);

    @Test
    public void helpListsEveryRoleAndVerbAndWhichAreNotBuiltYet() throws Exception {
        RiffleProcess.Result help = RiffleProcess.run("", "--help");
        assertEquals(help.err(), 0, help.exitCode());
        for (String command : List.of("local", "jobmanager", "taskmanager", "application", "run", "list", "cancel",
                "stop", "info", "config")) {
            assertTrue("help mentions " + command + ":\n" + help.out(),
                    Pattern.compile("^  " + command + "\\s", Pattern.MULTILINE).matcher(help.out()).find());
        }
        String builtRoles = help.out().substring(help.out().indexOf("  local"), help.out().indexOf("  application"));
        assertFalse("local, jobmanager and taskmanager are built:\n" + builtRoles, builtRoles.contains("not built yet"));
        String application = help.out().substring(help.out().indexOf("  application"), help.out().indexOf("  run"));
        assertTrue(application, application.contains("(not built yet)"));
    }

    @Test
    public void anUnknownVerbIsRejectedWithOneClearLineAndNoStackTrace() throws Exception {
        RiffleProcess.Result result = RiffleProcess.run("", "frobnicate");
        assertEquals(2, result.exitCode());
        assertTrue(result.err(), result.err().startsWith("Unmatched argument at index 0: 'frobnicate'"));
        assertFalse(result.err(), result.err().contains("\tat "));
    }

    @Test
    public void aVerbThatIsNotBuiltYetSaysSo() throws Exception {
        RiffleProcess.Result result = RiffleProcess.run("", "stop", "job-id");
        assertEquals(2, result.exitCode());
        assertTrue(result.err(), result.err().startsWith("riffle stop: not built yet in Riffle "));
    }

    @Test
    public void localReachesTheShellWithEveryBundleActiveAndTheResourceManagerUsingTheStandaloneProvider()
            throws Exception {
        RiffleProcess.Result local = RiffleProcess.run("lb\nscr:list\nriffle:providers\n", "local");
        assertEquals(local.out() + local.err(), 0, local.exitCode());
        assertTrue(local.out(), local.out().contains("local cluster is up: "));

        Matcher rows = LB_ROW.matcher(local.out());
        int bundles = 0;
        while (rows.find()) {
            bundles++;
            assertEquals("bundle " + rows.group(1) + " in:\n" + local.out(), "Active", rows.group(2));
        }
        int exported = new File(System.getProperty("riffle.bundles.dir")).list((dir, name) -> name.endsWith(".jar")).length;
        assertEquals("lb lists the system bundle and the " + exported + " of the run descriptor", exported + 1, bundles);

        for (String component : List.of("io.riffle.jobmanager.internal.resourcemanager.ResourceManager",
                "io.riffle.provider.standalone.internal.StandaloneResourceProvider")) {
            assertTrue(component + " is active:\n" + local.out(), Pattern.compile(Pattern.quote(component)
                    + " in bundle \\d+ [^\\n]*\\n\\s*Id: \\d+, State:ACTIVE").matcher(local.out()).find());
        }
        assertTrue(local.out(), local.out().contains("provider in use:          standalone"));
        assertFalse("nothing went wrong:\n" + local.err(), local.err().contains("ERROR") || local.err().contains("WARN"));
    }

    @Test
    public void localRunsAJobBundleAndPrintsItsResults() throws Exception {
        Path input = Files.createTempFile("riffle-wordcount", ".txt");
        Files.writeString(input, "to be or not to be\nthat is the question\n");
        RiffleProcess.Result result = RiffleProcess.run("", "local", "--slots", "2", wordCountBundle(), "--input", input.toString());
        assertEquals(result.out() + result.err(), 0, result.exitCode());
        for (String count : List.of("(to,2)", "(be,2)", "(question,1)")) {
            assertTrue(count + " in:\n" + result.out(), result.out().contains(count));
        }
        assertTrue(result.err(), result.err().contains("FINISHED"));
    }

    @Test
    public void localExitsWithOneAndTheCauseWhenTheJobFails() throws Exception {
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "riffle-no-such-input-" + System.nanoTime());
        RiffleProcess.Result result = RiffleProcess.run("", "local", wordCountBundle(), "--input", missing.toString());
        assertEquals(result.out() + result.err(), 1, result.exitCode());
        assertTrue(result.err(), result.err().contains(missing.toString()) && result.err().contains("neither a file nor a directory"));
    }

    @Test
    public void localRefusesAMissingJobBundleWithUsageExitCode() throws Exception {
        RiffleProcess.Result result = RiffleProcess.run("", "local", "no-such-job.jar");
        assertEquals(result.out() + result.err(), 2, result.exitCode());
        assertTrue(result.err(), result.err().contains("cannot install no-such-job.jar: no such file"));
    }

    @Test
    public void theShellRunsAJobBundleAndListsItAfterwards() throws Exception {
        Path input = Files.createTempFile("riffle-wordcount", ".txt");
        Files.writeString(input, "riffle riffle\n");
        RiffleProcess.Result result = RiffleProcess.run("riffle:run " + wordCountBundle() + " --input " + input + "\nriffle:list\nexit 0\n",
                "local");
        assertEquals(result.out() + result.err(), 0, result.exitCode());
        assertTrue(result.out(), result.out().contains("(riffle,2)"));
        assertTrue(result.out(), result.out().contains("finished"));
        assertTrue(result.out(), result.out().contains("Streaming WordCount (FINISHED)"));
    }

    private static String wordCountBundle() {
        return System.getProperty("riffle.examples.wordcount");
    }
}
