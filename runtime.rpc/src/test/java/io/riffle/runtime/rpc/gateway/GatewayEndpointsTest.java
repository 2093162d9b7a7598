package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewaySamples.ALLOCATION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.ATTEMPT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.JOB;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.SLOT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER;
import static io.riffle.runtime.rpc.gateway.TestingProcesses.failureOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.rpc.RemoteCallException;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.SerializedThrowable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** What serving a gateway does with failures, strangers and requests it does not take. */
public class GatewayEndpointsTest {

    @Rule
    public final TestingProcesses processes = new TestingProcesses();

    private TestingProcesses.Process jobManager;
    private TestingProcesses.Process taskManager;
    private final TestingTaskExecutorGateway taskExecutor = new TestingTaskExecutorGateway(TASK_MANAGER);
    private final TestingJobMasterGateway jobMaster = new TestingJobMasterGateway(JOB);
    private RpcAddress taskExecutorAddress;
    private RemoteTaskExecutorGateway remote;

    @Before
    public void startProcesses() throws Exception {
        jobManager = processes.start();
        taskManager = processes.start();
        taskExecutorAddress = taskManager.endpoints().serveTaskExecutor("taskexecutor", taskExecutor);
        jobManager.endpoints().serveJobMaster("jobmaster", LEADER_SESSION, jobMaster, getClass().getClassLoader());
        remote = jobManager.taskExecutorAt(taskExecutorAddress, TASK_MANAGER);
    }

    @Test
    public void aGatewayMethodsFailureFailsTheRemoteCallWithTheOriginalClassAndMessage() {
        taskExecutor.calls().answer("freeSlot", call -> CompletableFuture.failedFuture(new IllegalStateException("slot 2 is not allocated")));

        Throwable failure = failureOf(remote.freeSlot(ALLOCATION));

        assertOriginalFailure(failure, IllegalStateException.class, "slot 2 is not allocated");
    }

    @Test
    public void aGatewayMethodThatThrowsFailsTheRemoteCallLikewise() {
        taskExecutor.calls().answer("cancelTask", call -> {
            throw new IllegalArgumentException("no task " + ATTEMPT);
        });

        Throwable failure = failureOf(remote.cancelTask(ATTEMPT));

        assertOriginalFailure(failure, IllegalArgumentException.class, "no task " + ATTEMPT);
    }

    @Test
    public void aRequestTheEndpointDoesNotTakeFailsNamingItsTypeAndTheEndpoint() {
        RpcAddress jobMasterAddress = RpcAddress.of(jobManager.rpc().address(), "jobmaster", LEADER_SESSION);

        Throwable failure = failureOf(taskManager.rpc().call(jobMasterAddress, new FreeSlot(ALLOCATION), Void.class));

        assertOriginalFailure(failure, IllegalArgumentException.class, "endpoint 'jobmaster' serves a JobMaster and cannot handle requests of"
                + " type io.riffle.runtime.rpc.gateway.FreeSlot: it takes OfferSlots, UpdateTaskExecutionState, SendOperatorEventToCoordinator,"
                + " HeartbeatFromTaskManager");
        assertEquals(List.of(), jobMaster.calls().all());
    }

    @Test
    public void aGatewayThatIsNeitherServedNorRemoteCannotBePassedToAnotherProcess() {
        TestingJobMasterGateway stranger = new TestingJobMasterGateway(JOB);

        Throwable failure = failureOf(remote.requestSlot(SLOT, JOB, ALLOCATION, stranger));

        assertTrue(String.valueOf(failure), failure instanceof IllegalArgumentException);
        assertEquals("TestingJobMasterGateway of job " + JOB + " cannot be passed to another process: it is neither a remote gateway"
                + " nor served by this process (serve it with GatewayEndpoints first)", failure.getMessage());
        assertEquals(List.of(), taskExecutor.calls().all());
        assertThrows(IllegalArgumentException.class, () -> jobManager.addresses().addressOf(stranger));
    }

    @Test
    public void aGatewayNoLongerServedCanNeitherBeCalledNorPassedOn() {
        taskManager.endpoints().stopServing(taskExecutor);

        Throwable failure = failureOf(remote.freeSlot(ALLOCATION));

        assertTrue(failure.getMessage(), failure.getMessage().contains("no endpoint 'taskexecutor'"));
        assertThrows(IllegalArgumentException.class, () -> taskManager.addresses().addressOf(taskExecutor));
    }

    @Test
    public void aNameIsServedOnlyOnce() {
        TestingTaskExecutorGateway second = new TestingTaskExecutorGateway(TASK_MANAGER);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> taskManager.endpoints().serveTaskExecutor("taskexecutor", second));

        assertEquals("an endpoint named 'taskexecutor' is already registered", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> taskManager.addresses().addressOf(second));
        assertEquals(taskExecutorAddress, taskManager.addresses().addressOf(taskExecutor));
    }

    @Test
    public void aRemoteGatewayPassedOnKeepsPointingAtTheProcessThatServesIt() throws Exception {
        assertEquals(taskExecutorAddress, jobManager.addresses().addressOf(remote));
    }

    private static void assertOriginalFailure(Throwable failure, Class<? extends Throwable> type, String message) {
        assertTrue(String.valueOf(failure), failure instanceof RemoteCallException);
        SerializedThrowable cause = (SerializedThrowable) failure.getCause();
        assertEquals(type.getName(), cause.getOriginalClassName());
        assertEquals(message, cause.getMessage());
    }
}
