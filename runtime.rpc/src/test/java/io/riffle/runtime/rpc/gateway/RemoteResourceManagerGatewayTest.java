package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewaySamples.JOB;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.SLOT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER;
import static io.riffle.runtime.rpc.gateway.TestingProcesses.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.SerializedThrowable;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** A TaskManager process and a JobMaster's process call the ResourceManager served by another process. */
public class RemoteResourceManagerGatewayTest {

    @Rule
    public final TestingProcesses processes = new TestingProcesses();

    private TestingProcesses.Process caller;
    private final TestingResourceManagerGateway resourceManager = new TestingResourceManagerGateway();
    private RemoteResourceManagerGateway remote;

    @Before
    public void startProcesses() throws Exception {
        TestingProcesses.Process resourceManagerProcess = processes.start();
        caller = processes.start();
        RpcAddress address = resourceManagerProcess.endpoints().serveResourceManager("resourcemanager", LEADER_SESSION, resourceManager);
        remote = caller.resourceManagerAt(address);
    }

    @Test
    public void aRegisteringTaskExecutorArrivesAsARemoteGatewayWithItsResourceId() throws Exception {
        TestingTaskExecutorGateway taskExecutor = new TestingTaskExecutorGateway(TASK_MANAGER);
        RpcAddress taskExecutorAddress = caller.endpoints().serveTaskExecutor("taskexecutor", taskExecutor);
        TaskExecutorRegistration registration = new TaskExecutorRegistration(TASK_MANAGER, 4);

        await(remote.registerTaskExecutor(registration, taskExecutor));

        TestingCalls.Call call = resourceManager.calls().only("registerTaskExecutor");
        assertEquals(registration, call.argument(0));
        assertEquals(caller.taskExecutorAt(taskExecutorAddress, TASK_MANAGER), call.argument(1));
    }

    @Test
    public void aDeclaringJobMasterArrivesAsARemoteGatewayWithItsJobAndFencingToken() throws Exception {
        TestingJobMasterGateway jobMaster = new TestingJobMasterGateway(JOB);
        RpcAddress jobMasterAddress = caller.endpoints().serveJobMaster("jobmaster", GatewaySamples.NEXT_LEADER_SESSION, jobMaster,
                getClass().getClassLoader());

        await(remote.declareRequiredSlots(JOB, jobMaster, 4));

        TestingCalls.Call call = resourceManager.calls().only("declareRequiredSlots");
        assertEquals(List.of(JOB, caller.jobMasterAt(jobMasterAddress, JOB), 4), call.arguments());
    }

    @Test
    public void aDisconnectArrivesWithItsCauseMirrored() throws Exception {
        await(remote.disconnectTaskExecutor(TASK_MANAGER, new TimeoutException("no heartbeat for 5000 ms")));
        await(remote.disconnectTaskExecutor(TASK_MANAGER, null));

        List<TestingCalls.Call> calls = resourceManager.calls().all();
        assertEquals(TASK_MANAGER, calls.get(0).argument(0));
        SerializedThrowable cause = (SerializedThrowable) calls.get(0).argument(1);
        assertEquals(TimeoutException.class.getName(), cause.getOriginalClassName());
        assertEquals("no heartbeat for 5000 ms", cause.getMessage());
        assertNull(calls.get(1).argument(1));
    }

    @Test
    public void aFreedSlotIsNotified() throws Exception {
        await(remote.notifySlotAvailable(SLOT));

        assertEquals(List.of(SLOT), resourceManager.calls().only("notifySlotAvailable").arguments());
    }
}
