package io.riffle.taskmanager.internal.taskexecutor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.taskmanager.internal.jobbundle.JobBundleException;
import io.riffle.taskmanager.internal.jobbundle.JobBundleInstaller;
import io.riffle.taskmanager.internal.jobbundle.JobBundles;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.task.TaskServices;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/**
 * A TaskExecutor whose job's classes come from a job bundle: it accepts the task at once, and starts
 * it, or reports it FAILED to the JobMaster, once the bundle is installed, or could not be.
 */
public class TaskExecutorJobBundleTest {

    private static final long WAIT_SECONDS = 30;
    private static final JobID JOB = new JobID(3, 4);
    private static final BlobKey BUNDLE = new BlobKey("cd".repeat(32), 999);
    private static final ResourceId RESOURCE = new ResourceId("taskmanager-test");

    private final ScheduledExecutorService timers = TimerThread.create("test-timers");
    private final InMemoryJobClassLoaders classLoaders = new InMemoryJobClassLoaders();
    private final TestingInstaller installer = new TestingInstaller();
    private final TestingJobMaster jobMaster = new TestingJobMaster(JOB);
    private final TaskExecutor taskExecutor = new TaskExecutor(TaskManagerLocation.inJvm(RESOURCE), 1, new TestingResourceManager(),
            new TaskServices(new ResultPartitionManager(), new NetworkBufferPool(16, 1024), timers, classLoaders, List.of()),
            HeartbeatSettings.DEFAULTS, new JobBundles(classLoaders, installer));

    @After
    public void close() {
        taskExecutor.close();
        timers.shutdownNow();
    }

    @Test
    public void aBundleThatCannotBeInstalledFailsTheTaskWithTheReason() throws Exception {
        AllocationId allocation = allocateSlot();
        TaskDeploymentDescriptor deployment = deployment(allocation);

        await(taskExecutor.submitTask(deployment));
        installer.install.completeExceptionally(new JobBundleException("job bundle " + BUNDLE + " is corrupt"));

        TaskExecutionState state = jobMaster.states.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(ExecutionState.FAILED, state.state());
        assertEquals(deployment.executionId(), state.executionId());
        assertTrue(String.valueOf(state.failure()), state.failure().getMessage().contains("cannot start Source (1/1)#0 on "
                + RESOURCE + ": job bundle " + BUNDLE + " is corrupt"));
        assertFalse(installer.uninstalled.isDone());
    }

    @Test
    public void theBundleIsUninstalledOnceTheJobHasNoSlotLeft() throws Exception {
        AllocationId allocation = allocateSlot();
        TaskDeploymentDescriptor deployment = deployment(allocation);
        await(taskExecutor.submitTask(deployment));

        await(taskExecutor.cancelTask(deployment.executionId()));
        assertEquals(ExecutionState.CANCELED, jobMaster.states.poll(WAIT_SECONDS, TimeUnit.SECONDS).state());
        installer.install.complete(new ClassLoader(null) {});
        assertFalse("the job still holds its slot", installer.uninstalled.isDone());

        await(taskExecutor.freeSlot(allocation));

        assertEquals(JOB, installer.uninstalled.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(classLoaders.lookup(JOB).isPresent());
    }

    private AllocationId allocateSlot() throws Exception {
        AllocationId allocation = new AllocationId(UUID.randomUUID());
        await(taskExecutor.requestSlot(new SlotId(RESOURCE, 0), JOB, allocation, jobMaster));
        return allocation;
    }

    private static TaskDeploymentDescriptor deployment(AllocationId allocation) throws Exception {
        return new TaskDeploymentDescriptor(JOB, "job", new JobVertexId(new UUID(1, 2)), new ExecutionAttemptId(UUID.randomUUID()),
                allocation, "Source", 0, 1, 0, new KeyGroupRange(0, 127),
                SerializedValue.fromBytes(SerializedValue.of("never read").toBytes()), List.of(), null, BUNDLE);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** One install, completed by the test. */
    private static final class TestingInstaller implements JobBundleInstaller {

        final CompletableFuture<ClassLoader> install = new CompletableFuture<>();
        final CompletableFuture<JobID> uninstalled = new CompletableFuture<>();

        @Override
        public CompletableFuture<ClassLoader> install(JobID jobId, BlobKey bundle) {
            return install;
        }

        @Override
        public void uninstall(JobID jobId) {
            uninstalled.complete(jobId);
        }
    }
}
