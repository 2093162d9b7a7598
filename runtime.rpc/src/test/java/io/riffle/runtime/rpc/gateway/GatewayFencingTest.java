package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewaySamples.ALLOCATION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.JOB;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.NEXT_LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.SLOT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER_LOCATION;
import static io.riffle.runtime.rpc.gateway.TestingProcesses.await;
import static io.riffle.runtime.rpc.gateway.TestingProcesses.failureOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.rpc.FencingTokenException;
import io.riffle.runtime.rpc.RemoteCallException;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.SerializedThrowable;
import io.riffle.runtime.taskexecutor.SlotOffer;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** Leaders' endpoints reject calls meant for another leader session. */
public class GatewayFencingTest {

    @Rule
    public final TestingProcesses processes = new TestingProcesses();

    private TestingProcesses.Process jobManager;
    private TestingProcesses.Process taskManager;
    private final TestingResourceManagerGateway resourceManager = new TestingResourceManagerGateway();
    private final TestingJobMasterGateway jobMaster = new TestingJobMasterGateway(JOB);
    private final TestingTaskExecutorGateway taskExecutor = new TestingTaskExecutorGateway(TASK_MANAGER);
    private RpcAddress resourceManagerAddress;
    private RpcAddress jobMasterAddress;

    @Before
    public void startProcesses() throws Exception {
        jobManager = processes.start();
        taskManager = processes.start();
        resourceManagerAddress = jobManager.endpoints().serveResourceManager("resourcemanager", LEADER_SESSION, resourceManager);
        jobMasterAddress = jobManager.endpoints().serveJobMaster("jobmaster", LEADER_SESSION, jobMaster, getClass().getClassLoader());
        taskManager.endpoints().serveTaskExecutor("taskexecutor", taskExecutor);
    }

    @Test
    public void callsCarryingTheCurrentTokenAreServed() throws Exception {
        assertEquals(LEADER_SESSION, resourceManagerAddress.fencingToken());

        await(taskManager.resourceManagerAt(resourceManagerAddress).notifySlotAvailable(SLOT));

        assertEquals(List.of(SLOT), resourceManager.calls().only("notifySlotAvailable").arguments());
    }

    @Test
    public void aCallCarryingAnotherTokenIsRejectedAndNeverReachesTheGateway() {
        RemoteResourceManagerGateway stale = taskManager.resourceManagerAt(resourceManagerAddress.withFencingToken(NEXT_LEADER_SESSION));

        Throwable failure = failureOf(stale.notifySlotAvailable(SLOT));

        assertRejected(failure, "NotifySlotAvailable to endpoint 'resourcemanager': fencing token " + NEXT_LEADER_SESSION
                + " does not match the current " + LEADER_SESSION
                + ": the request comes from a stale address of an earlier leader session and is ignored");
        assertEquals(List.of(), resourceManager.calls().all());
    }

    @Test
    public void aCallWithoutATokenToAFencedEndpointIsRejected() {
        RemoteResourceManagerGateway unfenced = taskManager.resourceManagerAt(resourceManagerAddress.withFencingToken(null));

        Throwable failure = failureOf(unfenced.notifySlotAvailable(SLOT));

        assertRejected(failure, "NotifySlotAvailable to endpoint 'resourcemanager' carries no fencing token, but the endpoint is fenced by "
                + LEADER_SESSION + ": the request comes from a caller that does not know the current leader session and is ignored");
        assertEquals(List.of(), resourceManager.calls().all());
    }

    @Test
    public void aNewLeaderSessionRejectsTheGatewaysHandedOutByTheOldOne() throws Exception {
        SlotOffer offer = new SlotOffer(ALLOCATION, 0);
        RemoteJobMasterGateway oldSession = taskManager.jobMasterAt(jobMasterAddress, JOB);
        await(oldSession.offerSlots(TASK_MANAGER_LOCATION, taskExecutor, List.of(offer)));

        jobManager.endpoints().stopServing(jobMaster);
        RpcAddress newAddress = jobManager.endpoints().serveJobMaster("jobmaster", NEXT_LEADER_SESSION, jobMaster, getClass().getClassLoader());

        Throwable failure = failureOf(oldSession.offerSlots(TASK_MANAGER_LOCATION, taskExecutor, List.of(offer)));
        assertRejected(failure, "OfferSlots to endpoint 'jobmaster': fencing token " + LEADER_SESSION + " does not match the current "
                + NEXT_LEADER_SESSION + ": the request comes from a stale address of an earlier leader session and is ignored");
        assertEquals(List.of(offer), await(taskManager.jobMasterAt(newAddress, JOB).offerSlots(TASK_MANAGER_LOCATION, taskExecutor, List.of(offer))));
        assertEquals(2, jobMaster.calls().all().size());
    }

    private static void assertRejected(Throwable failure, String expectedMessage) {
        assertTrue(String.valueOf(failure), failure instanceof RemoteCallException);
        SerializedThrowable cause = (SerializedThrowable) failure.getCause();
        assertEquals(FencingTokenException.class.getName(), cause.getOriginalClassName());
        assertEquals(expectedMessage, cause.getMessage());
    }
}
