package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
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
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * A job bundle on the local cluster as OSGi runs it: two TaskExecutor components from factory
 * configurations, the job bundle installed for its main() and uninstalled after it, and the
 * cluster still serving the next job after one failed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LocalClusterJobIT {

    private static final String RUNNER_FILTER = "(riffle.entrypoint=run-job-bundle)";
    private static final String WORDCOUNT_BSN = "io.riffle.examples.wordcount";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return options(composite(LocalClusterOptions.localCluster()),
                frameworkProperty("riffle.local.taskmanagers").value("2"),
                frameworkProperty("riffle.local.slots").value("2"),
                frameworkProperty("riffle.parallelism.default").value("4"));
    }

    @Test
    public void theLocalTaskManagersRegisterTheirGateways() throws Exception {
        Poll.until("two TaskExecutorGateway services", () -> references(TaskExecutorGateway.class, null).size(), n -> n == 2);
    }

    @Test
    public void aJobBundleRunsAcrossBothTaskManagersAndIsUninstalledWhenItsMainReturns() throws Exception {
        Path input = Files.createTempFile("riffle-it", ".txt");
        Files.writeString(input, "to be or not to be\nthat is the question\n");
        String out = runCapturingStandardOut(wordCountBundle(), "--input", input.toString());
        for (String count : List.of("(to,2)", "(be,2)", "(question,1)")) {
            assertTrue(count + " in:\n" + out, out.contains(count));
        }
        assertTrue("printed by several subtasks of the parallelism-4 job:\n" + out, out.contains("4> ") || out.contains("3> "));
        assertEquals("the job bundle is gone", List.of(), installed(WORDCOUNT_BSN));
    }

    @Test
    public void aFailedJobReturnsOneUninstallsItsBundleAndLeavesTheClusterServing() throws Exception {
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "riffle-it-missing-" + System.nanoTime());
        assertEquals(Integer.valueOf(1), runner().apply(new String[] {wordCountBundle(), "--input", missing.toString()}));
        assertEquals(List.of(), installed(WORDCOUNT_BSN));

        Path input = Files.createTempFile("riffle-it", ".txt");
        Files.writeString(input, "again\n");
        assertTrue(runCapturingStandardOut(wordCountBundle(), "--input", input.toString()).contains("(again,1)"));
    }

    private String runCapturingStandardOut(String... bundleAndArgs) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(Integer.valueOf(0), runner().apply(bundleAndArgs));
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private Function<String[], Integer> runner() throws Exception {
        ServiceReference<Function> reference = Poll.until("the job bundle runner service",
                () -> references(Function.class, RUNNER_FILTER), found -> !found.isEmpty()).iterator().next();
        return context.getService(reference);
    }

    private <S> Collection<ServiceReference<S>> references(Class<S> type, String filter) {
        try {
            return context.getServiceReferences(type, filter);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<String> installed(String symbolicName) {
        return Stream.of(context.getBundles()).map(b -> b.getSymbolicName() + " " + b.getVersion())
                .filter(name -> name.startsWith(symbolicName + " ")).toList();
    }

    private static String wordCountBundle() {
        return System.getProperty("riffle.examples.wordcount");
    }
}
