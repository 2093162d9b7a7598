package io.riffle.jobmanager.internal.resourcemanager;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import io.riffle.api.common.JobID;
import io.riffle.jobmanager.internal.resourcemanager.TestingTaskExecutorGateway.SlotRequest;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.status.TaskManagerInfo;
import java.util.List;
import org.junit.Test;

/**
 * SlotManager: declared slot requirements of jobs against the slots TaskExecutors report. Runs with
 * a direct main-thread executor, so replies to slot requests are handled as the test completes them.
 */
public class SlotManagerTest {

    private final SlotManager slotManager = new SlotManager(Runnable::run);
    private final TestingJobMasterGateway jobA = new TestingJobMasterGateway();
    private final TestingJobMasterGateway jobB = new TestingJobMasterGateway();

    private TestingTaskExecutorGateway register(String id, int slots) {
        return register(id, slots, 0);
    }

    private TestingTaskExecutorGateway register(String id, int slots, long managedMemoryBytes) {
        TestingTaskExecutorGateway taskExecutor = new TestingTaskExecutorGateway(id);
        slotManager.registerTaskExecutor(taskExecutor.getResourceId(), taskExecutor, slots, managedMemoryBytes);
        return taskExecutor;
    }

    private void declare(TestingJobMasterGateway job, int slots) {
        slotManager.declare(job.getJobId(), job, slots);
    }

    private static List<JobID> jobsOf(List<SlotRequest> requests) {
        return requests.stream().map(SlotRequest::jobId).toList();
    }

    @Test
    public void allocatesFreeSlotsToADeclaredJobUpToItsRequirement() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 3);

        declare(jobA, 2);

        List<SlotRequest> requests = taskExecutor.slotRequests();
        assertEquals(List.of(new SlotId(taskExecutor.getResourceId(), 0), new SlotId(taskExecutor.getResourceId(), 1)),
                requests.stream().map(SlotRequest::slotId).toList());
        assertEquals(List.of(jobA.getJobId(), jobA.getJobId()), jobsOf(requests));
        assertSame(jobA, requests.get(0).jobMaster());
        assertEquals(1, slotManager.freeSlots());
    }

    @Test
    public void publishesEachTaskManagerWithItsTotalAndFreeSlotsAndManagedMemory() {
        TestingTaskExecutorGateway first = register("tm-1", 3, 96L << 20);
        TestingTaskExecutorGateway second = register("tm-2", 2, 0);
        declare(jobA, 2);

        assertEquals(List.of(new TaskManagerInfo(first.getResourceId().value(), 3, 1, 96L << 20),
                new TaskManagerInfo(second.getResourceId().value(), 2, 2, 0)), slotManager.taskManagers());

        slotManager.unregisterTaskExecutor(first.getResourceId(), null);
        assertEquals(1, slotManager.taskManagers().size());
    }

    @Test
    public void allocatesForAnEarlierDeclarationOnceATaskExecutorRegisters() {
        declare(jobA, 2);

        TestingTaskExecutorGateway taskExecutor = register("tm-1", 1);
        TestingTaskExecutorGateway second = register("tm-2", 4);

        assertEquals(1, taskExecutor.slotRequests().size());
        assertEquals(1, second.slotRequests().size());
        assertEquals(3, slotManager.freeSlots());
        assertEquals(5, slotManager.totalSlots());
    }

    @Test
    public void doesNotAllocateMoreThanDeclaredWhilePendingOrAfterwards() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 2);
        declare(jobA, 2);

        declare(jobA, 2);
        register("tm-2", 2);
        taskExecutor.slotRequests().forEach(SlotRequest::accept);
        declare(jobA, 2);

        assertEquals(2, taskExecutor.slotRequests().size());
        assertEquals(2, slotManager.freeSlots());
    }

    @Test
    public void allocatesOnlyTheDifferenceWhenAJobNeedsMore() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 4);
        declare(jobA, 1);
        taskExecutor.lastSlotRequest().accept();

        declare(jobA, 3);

        assertEquals(3, taskExecutor.slotRequests().size());
        assertEquals(1, slotManager.freeSlots());
    }

    @Test
    public void servesJobsInDeclarationOrderAndGivesAFreedSlotToTheJobStillShort() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 3);
        declare(jobA, 2);
        declare(jobB, 2);
        taskExecutor.slotRequests().forEach(SlotRequest::accept);
        assertEquals(List.of(jobA.getJobId(), jobA.getJobId(), jobB.getJobId()), jobsOf(taskExecutor.slotRequests()));

        declare(jobA, 0);
        slotManager.slotAvailable(taskExecutor.slotRequests().get(0).slotId());

        SlotRequest handedOver = taskExecutor.lastSlotRequest();
        assertEquals(jobB.getJobId(), handedOver.jobId());
        assertEquals(taskExecutor.slotRequests().get(0).slotId(), handedOver.slotId());
        assertEquals(0, slotManager.freeSlots());
    }

    @Test
    public void freesASlotTheTaskExecutorReportsAvailable() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 2);
        declare(jobA, 2);
        taskExecutor.slotRequests().forEach(SlotRequest::accept);
        declare(jobA, 0);

        slotManager.slotAvailable(new SlotId(taskExecutor.getResourceId(), 1));

        assertEquals(1, slotManager.freeSlots());
    }

    @Test
    public void offersARefusedSlotAgainOnlyOnceItsTaskExecutorFreesIt() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 1);
        declare(jobA, 1);

        SlotRequest refused = taskExecutor.lastSlotRequest();
        refused.refuse("slot 0 is still in use");

        assertEquals("the refused slot is not asked for again at once", 1, taskExecutor.slotRequests().size());
        assertEquals(0, slotManager.freeSlots());
        slotManager.slotAvailable(refused.slotId());
        assertEquals(2, taskExecutor.slotRequests().size());
        assertEquals(jobA.getJobId(), taskExecutor.lastSlotRequest().jobId());
    }

    @Test
    public void usesAnotherFreeSlotAtOnceWhenOneIsRefused() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 2);
        declare(jobA, 1);

        taskExecutor.lastSlotRequest().refuse("slot 0 is still in use");

        assertEquals(2, taskExecutor.slotRequests().size());
        assertEquals(1, taskExecutor.lastSlotRequest().slotId().slotNumber());
    }

    @Test
    public void ignoresALateReplyToAnAllocationTheSlotNoLongerHas() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 1);
        declare(jobA, 1);
        SlotRequest first = taskExecutor.lastSlotRequest();
        slotManager.slotAvailable(first.slotId());
        SlotRequest second = taskExecutor.lastSlotRequest();

        first.refuse("stale");

        assertEquals(2, taskExecutor.slotRequests().size());
        assertEquals(0, slotManager.freeSlots());
        second.accept();
        assertEquals(0, slotManager.freeSlots());
    }

    @Test
    public void forgetsTheSlotsOfATaskExecutorThatLeftAndIgnoresItsLateReports() {
        TestingTaskExecutorGateway gone = register("tm-1", 2);
        register("tm-2", 3);

        slotManager.unregisterTaskExecutor(gone.getResourceId(), new RuntimeException("heartbeat timeout"));
        slotManager.slotAvailable(new SlotId(gone.getResourceId(), 0));
        slotManager.slotAvailable(new SlotId(new ResourceId("tm-2"), 7));

        assertEquals(3, slotManager.totalSlots());
        assertEquals(3, slotManager.freeSlots());
        declare(jobA, 2);
        assertEquals(List.of(), gone.slotRequests());
    }

    @Test
    public void resetsTheSlotsOfATaskExecutorThatRegistersAgain() {
        TestingTaskExecutorGateway taskExecutor = register("tm-1", 2);
        declare(jobA, 2);
        taskExecutor.slotRequests().forEach(SlotRequest::accept);
        declare(jobA, 0);

        TestingTaskExecutorGateway restarted = new TestingTaskExecutorGateway("tm-1");
        slotManager.registerTaskExecutor(restarted.getResourceId(), restarted, 3, 0);

        assertEquals(3, slotManager.totalSlots());
        assertEquals(3, slotManager.freeSlots());
    }
}
