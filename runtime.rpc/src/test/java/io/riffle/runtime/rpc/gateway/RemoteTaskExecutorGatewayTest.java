package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewaySamples.ALLOCATION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.ATTEMPT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.JOB;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.SLOT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER_LOCATION;
import static io.riffle.runtime.rpc.gateway.TestingProcesses.await;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import java.util.Collection;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** A JobManager process calls a TaskExecutor served by a TaskManager process. */
public class RemoteTaskExecutorGatewayTest {

    @Rule
    public final TestingProcesses processes = new TestingProcesses();

    private TestingProcesses.Process jobManager;
    private TestingProcesses.Process taskManager;
    private final TestingTaskExecutorGateway taskExecutor = new TestingTaskExecutorGateway(TASK_MANAGER);
    private final TestingJobMasterGateway jobMaster = new TestingJobMasterGateway(JOB);
    private RpcAddress taskExecutorAddress;
    private RpcAddress jobMasterAddress;
    private RemoteTaskExecutorGateway remote;

    @Before
    public void startProcesses() throws Exception {
        jobManager = processes.start();
        taskManager = processes.start();
        taskExecutorAddress = taskManager.endpoints().serveTaskExecutor("taskexecutor", taskExecutor);
        jobMasterAddress = jobManager.endpoints().serveJobMaster("jobmaster-" + JOB, LEADER_SESSION, jobMaster, getClass().getClassLoader());
        remote = jobManager.taskExecutorAt(taskExecutorAddress, TASK_MANAGER);
    }

    @Test
    public void theResourceIdIsKnownWithoutACall() {
        assertEquals(TASK_MANAGER, remote.getResourceId());
        assertEquals(List.of(), taskExecutor.calls().all());
    }

    @Test
    public void aHeartbeatRequestReachesTheTaskExecutor() throws Exception {
        await(remote.heartbeatFromResourceManager());

        assertEquals(List.of(), taskExecutor.calls().only("heartbeatFromResourceManager").arguments());
    }

    @Test
    public void requestSlotArrivesWithTheJobMasterAsARemoteGatewayToItsFencedAddress() throws Exception {
        await(remote.requestSlot(SLOT, JOB, ALLOCATION, jobMaster));

        TestingCalls.Call call = taskExecutor.calls().only("requestSlot");
        assertEquals(List.of(SLOT, JOB, ALLOCATION), call.arguments().subList(0, 3));
        RemoteJobMasterGateway received = (RemoteJobMasterGateway) call.argument(3);
        assertEquals(jobMasterAddress, received.address());
        assertEquals(LEADER_SESSION, received.address().fencingToken());
        assertEquals(JOB, received.getJobId());
    }

    @Test
    public void theTaskExecutorOffersTheRequestedSlotBackToTheJobMasterItWasGiven() throws Exception {
        SlotOffer offer = new SlotOffer(ALLOCATION, SLOT.slotNumber());
        taskExecutor.calls().answer("requestSlot", call -> ((JobMasterGateway) call.argument(3))
                .offerSlots(TASK_MANAGER_LOCATION, taskExecutor, List.of(offer)).thenAccept(accepted -> assertEquals(List.of(offer), accepted)));

        await(remote.requestSlot(SLOT, JOB, ALLOCATION, jobMaster));

        TestingCalls.Call offered = jobMaster.calls().only("offerSlots");
        assertEquals(TASK_MANAGER_LOCATION, offered.argument(0));
        assertEquals(List.of(offer), List.copyOf((Collection<?>) offered.argument(2)));
        RemoteTaskExecutorGateway offering = (RemoteTaskExecutorGateway) offered.argument(1);
        assertEquals(taskExecutorAddress, offering.address());
        assertEquals(TASK_MANAGER, offering.getResourceId());
    }

    @Test
    public void freeSlotCancelTaskAndSubmitTaskArriveWithEqualArguments() throws Exception {
        TaskDeploymentDescriptor task = GatewaySamples.sourceTask();

        await(remote.freeSlot(ALLOCATION));
        await(remote.submitTask(task));
        await(remote.cancelTask(ATTEMPT));

        assertEquals(List.of(ALLOCATION), taskExecutor.calls().only("freeSlot").arguments());
        assertEquals(List.of(task), taskExecutor.calls().only("submitTask").arguments());
        assertEquals(List.of(ATTEMPT), taskExecutor.calls().only("cancelTask").arguments());
    }

    @Test
    public void anOperatorEventArrivesWithItsSplitBytes() throws Exception {
        OperatorEvent.AddSplits splits = new OperatorEvent.AddSplits(2, List.of(new byte[] {1, 2, 3}, "part-0007".getBytes()));

        await(remote.sendOperatorEvent(ATTEMPT, 5, splits));

        TestingCalls.Call call = taskExecutor.calls().only("sendOperatorEvent");
        assertEquals(List.of(ATTEMPT, 5), call.arguments().subList(0, 2));
        OperatorEvent.AddSplits received = (OperatorEvent.AddSplits) call.argument(2);
        assertEquals(2, received.serializerVersion());
        assertArrayEquals(splits.splits().get(0), received.splits().get(0));
        assertArrayEquals(splits.splits().get(1), received.splits().get(1));
    }
}
