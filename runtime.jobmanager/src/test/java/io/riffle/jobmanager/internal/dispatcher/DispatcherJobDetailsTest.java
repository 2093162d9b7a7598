package io.riffle.jobmanager.internal.dispatcher;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.jobmanager.internal.jobmaster.JobMasterSettings;
import io.riffle.jobmanager.internal.translation.JobGraphGenerator;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.dispatcher.JobDetails;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.status.ResourceManagerStatus;
import io.riffle.runtime.status.ResourceProvidersInfo;
import io.riffle.runtime.status.TaskManagerInfo;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/** The Dispatcher's job details: a job waiting for slots, then cancelled, and an unknown job. */
public class DispatcherJobDetailsTest {

    /** A ResourceManager that never has slots: the job stays CREATED until cancelled. */
    private static final class NoSlots implements ResourceManagerGateway {
        @Override
        public CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> disconnectTaskExecutor(ResourceId resourceId, Throwable cause) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> declareRequiredSlots(JobID jobId, JobMasterGateway jobMaster, int requiredSlots) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> notifySlotAvailable(SlotId slotId) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private final InMemoryJobClassLoaders loaders = new InMemoryJobClassLoaders();
    private final Dispatcher dispatcher = new Dispatcher(new NoSlots(), new EmptyCluster(), loaders, List.of(),
            JobMasterSettings.DEFAULTS);

    /** A cluster without TaskManagers. */
    private static final class EmptyCluster implements ResourceManagerStatus {

        @Override
        public ResourceProvidersInfo resourceProviders() {
            throw new UnsupportedOperationException("resourceProviders");
        }

        @Override
        public List<TaskManagerInfo> taskManagers() {
            return List.of();
        }
    }

    @After
    public void close() {
        dispatcher.close();
    }

    @Test
    public void detailsFollowAJobFromCreatedToCanceled() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        env.fromSequence(1, 10).sinkTo(new DiscardingSink<>()).name("Discard");
        JobGraph graph = JobGraphGenerator.translate(env.getStreamGraph("details"), JobID.generate());
        loaders.register(graph.jobId(), getClass().getClassLoader());
        dispatcher.submitJob(graph).get(10, TimeUnit.SECONDS);

        JobDetails created = dispatcher.requestJobDetails(graph.jobId()).get(10, TimeUnit.SECONDS);
        assertEquals("details", created.name());
        assertEquals(JobStatus.CREATED, created.status());
        assertEquals(-1, created.endTime());
        assertEquals(graph.vertices().size(), created.vertices().size());
        assertEquals(new JobDetails.Vertex(graph.vertices().get(0).id().toString(), graph.vertices().get(0).name(), 2, "CREATED"),
                created.vertices().get(0));

        dispatcher.cancelJob(graph.jobId()).get(10, TimeUnit.SECONDS);
        dispatcher.requestJobResult(graph.jobId()).get(10, TimeUnit.SECONDS);
        JobDetails canceled = dispatcher.requestJobDetails(graph.jobId()).get(10, TimeUnit.SECONDS);
        assertEquals(JobStatus.CANCELED, canceled.status());
        assertTrue(canceled.endTime() >= canceled.startTime());
        assertEquals("CANCELED", canceled.vertices().get(0).status());
    }

    @Test
    public void anUnknownJobFailsWithNoSuchElement() {
        try {
            dispatcher.requestJobDetails(JobID.generate()).join();
            fail("an unknown job has no details");
        } catch (CompletionException e) {
            assertTrue(String.valueOf(e.getCause()), e.getCause() instanceof NoSuchElementException);
        }
    }
}
