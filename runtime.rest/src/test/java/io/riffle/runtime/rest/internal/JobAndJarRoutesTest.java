package io.riffle.runtime.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.runtime.application.ApplicationRequest;
import io.riffle.runtime.application.ProgramInvocationException;
import io.riffle.runtime.dispatcher.JobDetails;
import io.riffle.runtime.dispatcher.JobResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The job and jar routes with a fake Dispatcher, blob store and application runner: shapes, statuses and bad input. */
public class JobAndJarRoutesTest {

    private static final JobID RUNNING = new JobID(1, 2);
    private static final JobID FAILED = new JobID(3, 4);

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final TestCluster cluster = new TestCluster(List.of(), List.of());
    private final TestingApplicationRunner runner = new TestingApplicationRunner();
    private RestRouter router;
    private String jarId;

    @Before
    public void setUp() throws Exception {
        cluster.testing().details.put(RUNNING, new JobDetails(RUNNING, "wc", JobStatus.RUNNING, 1000, -1,
                List.of(new JobDetails.Vertex("v1", "Source: lines -> Flat Map", 2, "RUNNING"))));
        cluster.testing().details.put(FAILED, new JobDetails(FAILED, "bad", JobStatus.FAILED, 1000, 5000, List.of()));
        cluster.testing().results.put(FAILED, new JobResult(FAILED, "bad", JobStatus.FAILED, 4000,
                new IllegalStateException("boom", new ArithmeticException("/ by zero")), Map.of()));
        Jars jars = new Jars(new TestingBlobStore(temp.newFolder("blobs").toPath()), 1 << 20);
        Path file = temp.newFile("job.jar").toPath();
        Files.write(file, TestJars.jar("job", "com.example.Main"));
        jarId = jars.upload("job.jar", file).id();
        router = RestApi.router(cluster, jars, runner);
    }

    private RestResponse call(String method, String uri, String body) {
        RestRequest request = RestRequest.parse(method, uri, body);
        return router.route(request).join();
    }

    @Test
    public void jobDetailsHaveFlinksFields() {
        RestResponse response = call("GET", "/jobs/" + RUNNING, "");
        assertEquals(200, response.status());
        assertTrue(response.body(), response.body().startsWith("{\"jid\":\"" + RUNNING + "\",\"name\":\"wc\",\"isStoppable\":false,"
                + "\"state\":\"RUNNING\",\"start-time\":1000,\"end-time\":-1,\"duration\":"));
        assertTrue(response.body(), response.body().endsWith(",\"vertices\":[{\"id\":\"v1\",\"name\":\"Source: lines -> Flat Map\","
                + "\"parallelism\":2,\"status\":\"RUNNING\"}]}"));
        assertTrue(call("GET", "/jobs/" + FAILED, "").body().contains("\"end-time\":5000,\"duration\":4000,"));
    }

    @Test
    public void jobsOverviewIsNotTakenForAJobId() {
        assertEquals("{\"jobs\":[]}", call("GET", "/jobs/overview", "").body());
    }

    @Test
    public void anUnknownJobIs404AndAMalformedIdIs400() {
        RestResponse unknown = call("GET", "/jobs/" + new JobID(9, 9), "");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("no job with id " + new JobID(9, 9)));
        RestResponse malformed = call("GET", "/jobs/xyz", "");
        assertEquals(400, malformed.status());
        assertTrue(malformed.body(), malformed.body().contains("'xyz' is no job id"));
        assertEquals(404, call("PATCH", "/jobs/" + new JobID(9, 9) + "?mode=cancel", "").status());
    }

    @Test
    public void cancelIs202() {
        RestResponse response = call("PATCH", "/jobs/" + RUNNING + "?mode=cancel", "");
        assertEquals(202, response.status());
        assertEquals(List.of(RUNNING), cluster.testing().cancelled);
        assertEquals(400, call("PATCH", "/jobs/" + RUNNING + "?mode=stop", "").status());
    }

    @Test
    public void aWrongMethodOnAJobIs405NamingTheAllowedOnes() {
        RestResponse response = call("DELETE", "/jobs/" + RUNNING, "");
        assertEquals(405, response.status());
        assertEquals("GET, PATCH", response.allow());
    }

    @Test
    public void exceptionsOfAFailedJobCarryTheCauseChainWithStacks() {
        RestResponse response = call("GET", "/jobs/" + FAILED + "/exceptions", "");
        assertEquals(200, response.status());
        assertTrue(response.body(), response.body().startsWith("{\"root-exception\":\"java.lang.IllegalStateException: boom\\n\\tat "));
        assertTrue(response.body(), response.body().contains("Caused by: java.lang.ArithmeticException: / by zero"));
        assertTrue(response.body(), response.body().contains("\"timestamp\":5000,\"all-exceptions\":[{\"exception\":\"java.lang.IllegalStateException"));
        assertEquals("{\"root-exception\":null,\"timestamp\":null,\"all-exceptions\":[],\"truncated\":false}",
                call("GET", "/jobs/" + RUNNING + "/exceptions", "").body());
    }

    @Test
    public void runWithoutBodyUsesTheBundlesMainClassAndTheDefaultParallelism() {
        assertEquals(200, call("POST", "/jars/" + jarId + "/run", "").status());
        ApplicationRequest request = runner.requests.get(0);
        assertEquals(null, request.entryClass());
        assertEquals(List.of(), request.args());
        assertEquals(ApplicationRequest.DEFAULT_PARALLELISM, request.parallelism());
    }

    @Test
    public void runWithBadJsonOrBadFieldsIs400() {
        for (String body : List.of("{\"entryClass\":", "[1,2]", "{\"parallelism\":\"two\"}", "{\"parallelism\":0}", "{\"parallelism\":1.5}",
                "{\"programArgsList\":\"--x\"}", "{\"programArgsList\":[1]}", "{\"entryClass\":3}", "[".repeat(100))) {
            RestResponse response = call("POST", "/jars/" + jarId + "/run", body);
            assertEquals(body + ": " + response.body(), 400, response.status());
            assertTrue(response.body(), response.body().startsWith("{\"errors\":[\"Bad request: "));
        }
        assertTrue(runner.requests.isEmpty());
    }

    @Test
    public void runOfAnUnknownJarIs404() {
        RestResponse response = call("POST", "/jars/nope_x.jar/run", "{}");
        assertEquals(404, response.status());
        assertEquals("{\"errors\":[\"Jar file nope_x.jar does not exist\"]}", response.body());
    }

    @Test
    public void aProgramThatFailsIs400WithTheCauseAndABusyRunnerIs503() {
        runner.runAnswer = CompletableFuture.failedFuture(new ProgramInvocationException(
                "Could not execute application: java.lang.IllegalArgumentException: no --input given"));
        RestResponse failed = call("POST", "/jars/" + jarId + "/run", "{}");
        assertEquals(400, failed.status());
        assertEquals("{\"errors\":[\"Could not execute application: java.lang.IllegalArgumentException: no --input given\"]}", failed.body());

        runner.runAnswer = CompletableFuture.failedFuture(new RejectedExecutionException("the JobManager runs 4 programs already"));
        RestResponse busy = call("POST", "/jars/" + jarId + "/run", "{}");
        assertEquals(503, busy.status());
        assertTrue(busy.body(), busy.body().contains("runs 4 programs already"));
    }

    @Test
    public void planHasFlinksShapeAndReadsQueryParameters() {
        RestResponse response = call("GET", "/jars/" + jarId + "/plan?entryClass=com.example.X&parallelism=2&programArg=--a,b&programArg=c", "");
        assertEquals(200, response.status());
        assertEquals("{\"plan\":{\"jid\":\"0000000000000007000000000000000a\",\"name\":\"plan\",\"nodes\":["
                + "{\"id\":\"a\",\"parallelism\":1,\"operator\":\"Source: numbers\",\"operator_strategy\":\"\",\"description\":\"Source: numbers\"},"
                + "{\"id\":\"b\",\"parallelism\":2,\"operator\":\"Map\",\"operator_strategy\":\"\",\"description\":\"Map\",\"inputs\":["
                + "{\"num\":0,\"id\":\"a\",\"ship_strategy\":\"HASH\",\"exchange\":\"pipelined_bounded\"}]}]}}", response.body());
        ApplicationRequest request = runner.requests.get(0);
        assertEquals("com.example.X", request.entryClass());
        assertEquals(List.of("--a", "b", "c"), request.args());
        assertEquals(2, request.parallelism());
        assertEquals(400, call("GET", "/jars/" + jarId + "/plan?parallelism=many", "").status());
    }

    @Test
    public void wrongMethodsOnJarPathsAre405() {
        assertEquals(405, call("GET", "/jars/" + jarId + "/run", "").status());
        assertEquals(405, call("GET", "/jars/upload", "").status());
        assertEquals(405, call("POST", "/jars", "").status());
    }
}
