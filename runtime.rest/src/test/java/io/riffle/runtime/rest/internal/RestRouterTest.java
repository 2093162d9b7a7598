package io.riffle.runtime.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.status.TaskManagerInfo;
import java.util.List;
import org.junit.Test;

/** Routing and the JSON shapes (Flink's field names), without HTTP. */
public class RestRouterTest {

    private static final JobID RUNNING = new JobID(1, 2);
    private static final JobID FINISHED = new JobID(3, 4);

    private final RestRouter router = router(new TestCluster(
            List.of(new JobStatusMessage(RUNNING, "wordcount \"J1\"", JobStatus.RUNNING, 1000),
                    new JobStatusMessage(FINISHED, "done", JobStatus.FINISHED, 2000),
                    new JobStatusMessage(new JobID(5, 6), "gone", JobStatus.FAILED, 3000)),
            List.of(new TaskManagerInfo("tm-1", 2, 1, 128L << 20), new TaskManagerInfo("tm-2", 4, 4, 0))));

    static RestRouter router(TestCluster cluster) {
        return RestApi.router(cluster, new Jars(new TestingBlobStore(null), 1024), new TestingApplicationRunner());
    }

    private RestResponse get(String path) {
        return router.route("GET", path).join();
    }

    @Test
    public void overviewCountsTaskManagersSlotsAndJobsByState() {
        RestResponse response = get("/overview");
        assertEquals(200, response.status());
        assertEquals("{\"taskmanagers\":2,\"slots-total\":6,\"slots-available\":5,\"jobs-running\":1,\"jobs-finished\":1,"
                + "\"jobs-cancelled\":0,\"jobs-failed\":1,\"flink-version\":\"0.1.0\"}", response.body());
    }

    @Test
    public void jobsOverviewListsEachJobWithFlinksFieldNames() {
        assertEquals("{\"jobs\":[{\"jid\":\"" + RUNNING + "\",\"name\":\"wordcount \\\"J1\\\"\",\"state\":\"RUNNING\",\"start-time\":1000},"
                + "{\"jid\":\"" + FINISHED + "\",\"name\":\"done\",\"state\":\"FINISHED\",\"start-time\":2000},"
                + "{\"jid\":\"" + new JobID(5, 6) + "\",\"name\":\"gone\",\"state\":\"FAILED\",\"start-time\":3000}]}",
                get("/jobs/overview").body());
    }

    @Test
    public void taskManagersListsSlotsAndManagedMemoryInFlinksShapes() {
        assertEquals("{\"taskmanagers\":[{\"id\":\"tm-1\",\"slotsNumber\":2,\"freeSlots\":1,"
                + "\"totalResource\":{\"managedMemory\":128},\"memoryConfiguration\":{\"managedMemory\":134217728}},"
                + "{\"id\":\"tm-2\",\"slotsNumber\":4,\"freeSlots\":4,"
                + "\"totalResource\":{\"managedMemory\":0},\"memoryConfiguration\":{\"managedMemory\":0}}]}", get("/taskmanagers").body());
    }

    @Test
    public void configNamesTheVersion() {
        RestResponse response = get("/config?x=1");
        assertEquals(200, response.status());
        assertTrue(response.body(), response.body().contains("\"flink-version\":\"0.1.0\""));
    }

    @Test
    public void anEmptyClusterHasNoJobsAndNoSlots() {
        RestRouter empty = router(new TestCluster(List.of(), List.of()));
        assertEquals("{\"jobs\":[]}", empty.route("GET", "/jobs/overview").join().body());
        assertEquals("{\"taskmanagers\":[]}", empty.route("GET", "/taskmanagers/").join().body());
    }

    @Test
    public void anUnknownPathIs404InFlinksErrorShape() {
        RestResponse response = get("/x");
        assertEquals(404, response.status());
        assertEquals("{\"errors\":[\"Not found: /x\"]}", response.body());
    }

    @Test
    public void anotherMethodThanGetIs405() {
        RestResponse response = router.route("POST", "/overview").join();
        assertEquals(405, response.status());
        assertEquals("GET", response.allow());
        assertEquals("{\"errors\":[\"Method POST not allowed for /overview\"]}", response.body());
    }

    @Test
    public void jsonEscapesControlCharacters() {
        assertEquals("[\"a\\nb\\u0001\",null,true]", Json.write(java.util.Arrays.asList("a\nb\u0001", null, true)));
    }
}
