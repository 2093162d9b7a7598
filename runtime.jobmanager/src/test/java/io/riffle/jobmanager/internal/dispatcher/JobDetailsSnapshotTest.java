package io.riffle.jobmanager.internal.dispatcher;

import static org.junit.Assert.assertEquals;

import io.riffle.runtime.taskexecutor.ExecutionState;
import java.util.List;
import org.junit.Test;

/** A vertex's status from its subtasks' states, by Flink's precedence. */
public class JobDetailsSnapshotTest {

    @Test
    public void aggregatesSubtaskStates() {
        assertEquals(ExecutionState.CREATED, JobDetailsSnapshot.aggregate(List.of()));
        assertEquals(ExecutionState.FINISHED, JobDetailsSnapshot.aggregate(List.of(ExecutionState.FINISHED, ExecutionState.FINISHED)));
        assertEquals(ExecutionState.RUNNING, JobDetailsSnapshot.aggregate(List.of(ExecutionState.FINISHED, ExecutionState.RUNNING)));
        assertEquals(ExecutionState.RUNNING, JobDetailsSnapshot.aggregate(List.of(ExecutionState.DEPLOYING, ExecutionState.RUNNING)));
        assertEquals(ExecutionState.FAILED, JobDetailsSnapshot.aggregate(List.of(ExecutionState.RUNNING, ExecutionState.FAILED)));
        assertEquals(ExecutionState.CANCELING, JobDetailsSnapshot.aggregate(List.of(ExecutionState.CANCELED, ExecutionState.CANCELING)));
    }
}
