package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewaySamples.ALLOCATION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.JOB;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.NEXT_LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.SLOT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER_LOCATION;
import static io.riffle.runtime.rpc.gateway.TestingProcesses.await;
import static org.junit.Assert.assertEquals;

import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.Collection;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;

/**
 * Declarative slot allocation (DESIGN.md §3) with the ResourceManager, the JobMaster and the
 * TaskExecutor in three processes: gateways handed from one process to the next keep pointing at
 * the process that serves them, so the TaskExecutor offers its slot straight to the JobMaster.
 */
public class SlotAllocationAcrossProcessesTest {

    @Rule
    public final TestingProcesses processes = new TestingProcesses();

    @Test
    public void aDeclaredSlotIsOfferedByTheTaskExecutorStraightToTheJobMaster() throws Exception {
        TestingProcesses.Process resourceManagerProcess = processes.start();
        TestingProcesses.Process jobMasterProcess = processes.start();
        TestingProcesses.Process taskManagerProcess = processes.start();
        TestingResourceManagerGateway resourceManager = new TestingResourceManagerGateway();
        TestingJobMasterGateway jobMaster = new TestingJobMasterGateway(JOB);
        TestingTaskExecutorGateway taskExecutor = new TestingTaskExecutorGateway(TASK_MANAGER);
        RpcAddress resourceManagerAddress = resourceManagerProcess.endpoints().serveResourceManager("resourcemanager", NEXT_LEADER_SESSION,
                resourceManager);
        RpcAddress jobMasterAddress = jobMasterProcess.endpoints().serveJobMaster("jobmaster", LEADER_SESSION, jobMaster,
                getClass().getClassLoader());
        RpcAddress taskExecutorAddress = taskManagerProcess.endpoints().serveTaskExecutor("taskexecutor", taskExecutor);
        SlotOffer offer = new SlotOffer(ALLOCATION, SLOT.slotNumber());
        // The ResourceManager allocates the registered TaskExecutor's slot to the declaring JobMaster,
        resourceManager.calls().answer("declareRequiredSlots", call -> {
            TaskExecutorGateway registered = (TaskExecutorGateway) resourceManager.calls().only("registerTaskExecutor").argument(1);
            return registered.requestSlot(SLOT, JOB, ALLOCATION, (JobMasterGateway) call.argument(1));
        });
        // and the TaskExecutor offers it to the JobMaster it was given.
        taskExecutor.calls().answer("requestSlot", call -> ((JobMasterGateway) call.argument(3))
                .offerSlots(TASK_MANAGER_LOCATION, taskExecutor, List.of(offer)));

        await(taskManagerProcess.resourceManagerAt(resourceManagerAddress).registerTaskExecutor(
                new TaskExecutorRegistration(TASK_MANAGER, 1), taskExecutor));
        await(jobMasterProcess.resourceManagerAt(resourceManagerAddress).declareRequiredSlots(JOB, jobMaster, 1));

        RemoteJobMasterGateway jobMasterSeenByTaskExecutor = (RemoteJobMasterGateway) taskExecutor.calls().only("requestSlot").argument(3);
        assertEquals(jobMasterAddress, jobMasterSeenByTaskExecutor.address());
        TestingCalls.Call offered = jobMaster.calls().only("offerSlots");
        assertEquals(List.of(offer), List.copyOf((Collection<?>) offered.argument(2)));
        RemoteTaskExecutorGateway offering = (RemoteTaskExecutorGateway) offered.argument(1);
        assertEquals(taskExecutorAddress, offering.address());

        // The JobMaster deploys into the slot through the gateway it was offered.
        TaskDeploymentDescriptor task = GatewaySamples.sourceTask();
        await(offering.submitTask(task));
        assertEquals(List.of(task), taskExecutor.calls().only("submitTask").arguments());
    }
}
