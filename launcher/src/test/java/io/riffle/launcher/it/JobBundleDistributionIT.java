package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A job bundle run in a JobManager process ('riffle:run' in its shell) has its tasks run in a
 * TaskManager process: the JobManager puts the bundle into its blob store, the TaskManager fetches it
 * over RPC, checks and installs it, runs the tasks with its classes, and uninstalls it when the job
 * has nothing left there.
 */
public class JobBundleDistributionIT {

    private static final Pattern REGISTERED = Pattern.compile("TaskExecutor taskmanager-\\S+-0 registered with 2 slots");
    private static final Pattern INSTALLED = Pattern.compile(
            "job bundle (\\w{12}) \\(\\d+ bytes\\) of job (\\w+) installed as io\\.riffle\\.examples\\.wordcount \\S+ \\(bundle (\\d+)\\)");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void aTaskManagerFetchesInstallsRunsAndUninstallsTheJobBundle() throws Exception {
        Path conf = ClusterFolder.conf(temp, ClusterFolder.freePort());
        Path blobs = temp.newFolder("blobs").toPath();
        Files.writeString(conf.resolve("riffle.yaml"), "blob.storage.directory: " + blobs + "\n", StandardOpenOption.APPEND);
        Path input = temp.newFile("words.txt").toPath();
        Files.writeString(input, "riffle bundles riffle\n");
        try (RunningRiffle taskManager = RunningRiffle.start(temp.getRoot().toPath(), "taskmanager", "--conf", conf.toString());
                RunningRiffle jobManager = RunningRiffle.startWithInput(temp.getRoot().toPath(), "jobmanager", "--shell", "--conf",
                        conf.toString())) {
            String registered = Poll.until("the TaskManager to register", () -> log("riffle-jobmanager-"),
                    text -> REGISTERED.matcher(text).find() || !jobManager.isAlive() || !taskManager.isAlive());
            assertTrue(registered + jobManager.err() + taskManager.err(), REGISTERED.matcher(registered).find());

            try (Stream<Path> folders = Files.list(blobs)) {
                assertEquals("folders are made on demand", List.of(), folders.toList());
            }

            jobManager.type("riffle:run " + System.getProperty("riffle.examples.wordcount") + " --input " + input);

            String tmLog = Poll.until("the TaskManager to uninstall the job bundle", () -> log("riffle-taskmanager-"),
                    text -> text.contains(" uninstalled (bundle ") || !jobManager.isAlive() || !taskManager.isAlive());
            Matcher installed = INSTALLED.matcher(tmLog);
            assertTrue(tmLog + log("riffle-jobmanager-"), installed.find());
            String jobId = installed.group(2);
            int installedAt = installed.start();
            int counted = tmLog.indexOf("(riffle,2)");
            int uninstalled = tmLog.indexOf("of job " + jobId + " uninstalled (bundle " + installed.group(3) + ")");
            assertTrue(tmLog, installedAt < counted && counted < uninstalled);
            assertTrue(tmLog, tmLog.contains("(bundles,1)"));

            String jmOut = Poll.until("riffle:run to finish", jobManager::out, text -> text.contains(" finished")
                    || text.contains(" failed") || !jobManager.isAlive());
            String bundle = System.getProperty("riffle.examples.wordcount");
            assertTrue(jmOut + jobManager.err(), jmOut.contains("job bundle " + bundle + " finished"));
            // with --shell the JobManager logs to standard error
            assertTrue(jobManager.err(), jobManager.err().contains("job bundle " + Path.of(bundle).getFileName() + " is blob "
                    + installed.group(1)));
            jobManager.type("exit 0");
            assertTrue("the JobManager stops when its shell exits", jobManager.waitFor());
            assertTrue("the TaskManager stops on SIGTERM", taskManager.stop());
            try (Stream<Path> left = Files.list(blobs)) {
                assertEquals("each process deletes its blob folder when it stops", List.of(), left.toList());
            }
        }
    }

    private String log(String prefix) {
        return ClusterFolder.log(temp, prefix);
    }
}
