package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.runtime.application.ApplicationRequest;
import io.riffle.runtime.application.ApplicationRunner;
import io.riffle.runtime.application.JobPlan;
import io.riffle.runtime.application.ProgramInvocationException;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.blob.BlobStore;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.dispatcher.JobResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The ApplicationRunner behind the REST API's /jars/:jarid/run and /plan, on the local cluster
 * (whose TaskManagers share the JobManager's framework, so the job really runs): a stored
 * WordCount bundle runs to FINISHED and is uninstalled after its main() returned, its plan is
 * described without a job, and a program that cannot start fails with the cause.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApplicationRunnerIT {

    private static final String WORDCOUNT_BSN = "io.riffle.examples.wordcount";

    @Inject
    private BundleContext context;

    @Inject
    private ApplicationRunner runner;

    @Inject
    private BlobStore blobs;

    @Inject
    private DispatcherGateway dispatcher;

    @Configuration
    public Option[] configuration() {
        return options(composite(LocalClusterOptions.localCluster()),
                frameworkProperty("riffle.local.taskmanagers").value("1"),
                frameworkProperty("riffle.local.slots").value("2"),
                frameworkProperty("riffle.parallelism.default").value("1"));
    }

    private BlobKey storedWordCount() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("riffle.examples.wordcount")))) {
            return blobs.put(in, 100L * 1024 * 1024);
        }
    }

    @Test
    public void aStoredBundleRunsItsJobToTheEndAndIsUninstalledAfterMainReturns() throws Exception {
        Path input = Files.createTempFile("riffle-it", ".txt");
        Files.writeString(input, "to be or not to be\n");
        JobID jobId = runner.run(new ApplicationRequest(storedWordCount(), null, List.of("--input", input.toString()), 2))
                .get(60, TimeUnit.SECONDS);

        JobResult result = dispatcher.requestJobResult(jobId).get(60, TimeUnit.SECONDS);
        assertEquals(String.valueOf(result.failureCause()), JobStatus.FINISHED, result.status());
        Poll.until("the job bundle to be uninstalled once main() returned", () -> installed(WORDCOUNT_BSN), List::isEmpty);
    }

    @Test
    public void aPlanDescribesTheJobWithoutRunningIt() throws Exception {
        int jobsBefore = dispatcher.listJobs().get(10, TimeUnit.SECONDS).size();
        JobPlan plan = runner.plan(new ApplicationRequest(storedWordCount(), null, List.of(), 2)).get(60, TimeUnit.SECONDS);

        assertEquals("Streaming WordCount", plan.name());
        assertEquals(3, plan.nodes().size());
        assertEquals(2, plan.nodes().get(2).parallelism());
        assertEquals("HASH", plan.nodes().get(2).inputs().get(0).shipStrategy());
        assertEquals("no job was submitted", jobsBefore, dispatcher.listJobs().get(10, TimeUnit.SECONDS).size());
        Poll.until("the job bundle to be uninstalled", () -> installed(WORDCOUNT_BSN), List::isEmpty);
    }

    @Test
    public void anEntryClassThatIsNotThereFailsWithTheCause() throws Exception {
        try {
            runner.run(new ApplicationRequest(storedWordCount(), "no.such.Main", List.of(), ApplicationRequest.DEFAULT_PARALLELISM))
                    .get(60, TimeUnit.SECONDS);
            fail("no.such.Main cannot run");
        } catch (ExecutionException e) {
            assertTrue(String.valueOf(e.getCause()), e.getCause() instanceof ProgramInvocationException);
            assertTrue(e.getCause().getMessage(), e.getCause().getMessage().startsWith(
                    "Could not execute application: java.lang.ClassNotFoundException: no.such.Main"));
        }
        Poll.until("the job bundle to be uninstalled", () -> installed(WORDCOUNT_BSN), List::isEmpty);
    }

    private List<String> installed(String symbolicName) {
        return Stream.of(context.getBundles()).map(b -> b.getSymbolicName() + " " + b.getVersion())
                .filter(name -> name.startsWith(symbolicName + " ")).toList();
    }
}
