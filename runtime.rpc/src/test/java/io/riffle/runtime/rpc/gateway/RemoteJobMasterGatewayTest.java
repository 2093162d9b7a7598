package io.riffle.runtime.rpc.gateway;

import static io.riffle.runtime.rpc.gateway.GatewaySamples.ALLOCATION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.ATTEMPT;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.JOB;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.LEADER_SESSION;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER;
import static io.riffle.runtime.rpc.gateway.GatewaySamples.TASK_MANAGER_LOCATION;
import static io.riffle.runtime.rpc.gateway.TestingProcesses.await;
import static io.riffle.runtime.rpc.gateway.TestingProcesses.failureOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.codec.SerializedThrowable;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.SlotOffer;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** A TaskManager process calls the JobMaster served by a JobManager process. */
public class RemoteJobMasterGatewayTest {

    @Rule
    public final TestingProcesses processes = new TestingProcesses();

    private TestingProcesses.Process taskManager;
    private final TestingTaskExecutorGateway taskExecutor = new TestingTaskExecutorGateway(TASK_MANAGER);
    private final TestingJobMasterGateway jobMaster = new TestingJobMasterGateway(JOB);
    private RpcAddress taskExecutorAddress;
    private RemoteJobMasterGateway remote;

    @Before
    public void startProcesses() throws Exception {
        TestingProcesses.Process jobManager = processes.start();
        taskManager = processes.start();
        taskExecutorAddress = taskManager.endpoints().serveTaskExecutor("taskexecutor", taskExecutor);
        RpcAddress jobMasterAddress = jobManager.endpoints().serveJobMaster("jobmaster", LEADER_SESSION, jobMaster, getClass().getClassLoader());
        remote = taskManager.jobMasterAt(jobMasterAddress, JOB);
    }

    @Test
    public void offerSlotsAnswersWithTheOffersTheJobMasterAccepted() throws Exception {
        SlotOffer first = new SlotOffer(ALLOCATION, 0);
        SlotOffer second = new SlotOffer(ALLOCATION, 1);
        jobMaster.calls().answer("offerSlots", call -> CompletableFuture.completedFuture(List.of(second)));

        Collection<SlotOffer> accepted = await(remote.offerSlots(TASK_MANAGER_LOCATION, taskExecutor, List.of(first, second)));

        assertEquals(List.of(second), List.copyOf(accepted));
        TestingCalls.Call call = jobMaster.calls().only("offerSlots");
        assertEquals(TASK_MANAGER_LOCATION, call.argument(0));
        assertEquals(List.of(first, second), List.copyOf((Collection<?>) call.argument(2)));
    }

    @Test
    public void theJobMasterCanCallBackTheTaskExecutorThatOfferedSlots() throws Exception {
        jobMaster.calls().answer("offerSlots", call -> ((TaskExecutorGateway) call.argument(1)).cancelTask(ATTEMPT)
                .thenApply(cancelled -> List.of()));

        await(remote.offerSlots(TASK_MANAGER_LOCATION, taskExecutor, List.of(new SlotOffer(ALLOCATION, 0))));

        assertEquals(List.of(ATTEMPT), taskExecutor.calls().only("cancelTask").arguments());
        assertEquals(taskExecutorAddress, ((RemoteGateway) jobMaster.calls().only("offerSlots").argument(1)).address());
    }

    @Test
    public void aTaskStateArrivesWithItsAccumulatorsReadAndItsFailureMirrored() throws Exception {
        TaskExecutionState sent = new TaskExecutionState(JOB, ATTEMPT, ExecutionState.FAILED, new IllegalStateException("bad record 'x17'"),
                Map.of("records-in", new LongCounter(17)));

        await(remote.updateTaskExecutionState(sent));

        TaskExecutionState received = (TaskExecutionState) jobMaster.calls().only("updateTaskExecutionState").argument(0);
        assertEquals(List.of(JOB, ATTEMPT, ExecutionState.FAILED), List.of(received.jobId(), received.executionId(), received.state()));
        assertEquals(17L, ((LongCounter) received.accumulators().get("records-in")).getLongValue());
        assertEquals("java.lang.IllegalStateException: bad record 'x17'", received.failure().toString());
        assertEquals(SerializedThrowable.class, received.failure().getClass());
    }

    @Test
    public void aTaskStateWhoseAccumulatorCannotBeSerializedFailsTheCallNamingItWithoutSendingIt() {
        TaskExecutionState state = new TaskExecutionState(JOB, ATTEMPT, ExecutionState.FINISHED, null,
                Map.of("threads", new TestingUnserializableAccumulator()));

        Throwable failure = failureOf(remote.updateTaskExecutionState(state));

        assertTrue(String.valueOf(failure), failure instanceof IOException && failure.getMessage().startsWith("accumulator 'threads'"));
        assertEquals(List.of(), jobMaster.calls().all());
    }

    @Test
    public void anOperatorEventReachesTheCoordinator() throws Exception {
        await(remote.sendOperatorEventToCoordinator(ATTEMPT, 2, new OperatorEvent.RequestSplit()));

        assertEquals(List.of(ATTEMPT, 2, new OperatorEvent.RequestSplit()), jobMaster.calls().only("sendOperatorEventToCoordinator").arguments());
    }

    @Test
    public void theJobIdIsKnownWithoutACall() {
        assertEquals(JOB, remote.getJobId());
        assertEquals(List.of(), jobMaster.calls().all());
    }
}
