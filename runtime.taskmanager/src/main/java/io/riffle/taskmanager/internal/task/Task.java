package io.riffle.taskmanager.internal.task;

import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobgraph.TaskChain;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.taskexecutor.ExecutionState;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import io.riffle.runtime.taskexecutor.TaskExecutionState;
import io.riffle.taskmanager.internal.memory.SlotMemory;
import io.riffle.taskmanager.internal.operators.Accumulators;
import io.riffle.taskmanager.internal.operators.ChainedOperatorException;
import io.riffle.taskmanager.internal.operators.SourceOperator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of one parallel subtask, on a thread of its own: reads its operator chain with the
 * job's class loader, connects it to the network, runs it until its input ends (or it fails, or
 * is cancelled) and reports each state change.
 */
public final class Task implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Task.class);

    private final TaskDeploymentDescriptor deployment;
    private final TaskServices services;
    private final ClassLoader userCodeClassLoader;
    private final SlotMemory slotMemory;
    private final JobMasterGateway jobMaster;
    private final Consumer<TaskExecutionState> stateListener;
    private final TaskMailbox mailbox = new TaskMailbox();
    private final Accumulators accumulators = new Accumulators();
    private final Thread thread;
    private final AtomicBoolean flushPending = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile TaskNetwork network;
    private volatile OperatorChain chain;

    /**
     * @param slotMemory the managed memory of the slot the task runs in, which its operators reserve from
     */
    public Task(TaskDeploymentDescriptor deployment, TaskServices services, ClassLoader userCodeClassLoader, SlotMemory slotMemory,
            JobMasterGateway jobMaster, Consumer<TaskExecutionState> stateListener) {
        this.deployment = Objects.requireNonNull(deployment, "deployment");
        this.services = services;
        this.userCodeClassLoader = userCodeClassLoader;
        this.slotMemory = Objects.requireNonNull(slotMemory, "slotMemory");
        this.jobMaster = jobMaster;
        this.stateListener = stateListener;
        this.thread = new Thread(this, deployment.taskNameWithSubtask());
        thread.setDaemon(true);
        thread.setContextClassLoader(userCodeClassLoader);
    }

    public void start() {
        thread.start();
    }

    public TaskDeploymentDescriptor deployment() {
        return deployment;
    }

    /** Stops the task: wakes it wherever it waits and makes it report CANCELED. Any thread. */
    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        mailbox.close();
        TaskNetwork current = network;
        if (current != null) {
            current.release(new TaskCancelledException(deployment.taskNameWithSubtask() + " was cancelled"));
        }
        thread.interrupt();
    }

    /** An event from a split enumerator, for the source operator {@code operatorId}. Any thread. */
    public void deliverOperatorEvent(int operatorId, OperatorEvent event) {
        mailbox.put("operator event " + event.getClass().getSimpleName(), () -> {
            SourceOperator<?, ?> source = chain == null ? null : chain.source(operatorId);
            if (source == null) {
                throw new IllegalStateException("no source operator " + operatorId + " in " + deployment.taskNameWithSubtask());
            }
            source.handleOperatorEvent(event);
        });
    }

    /** Fails the task from another thread, e.g. when a timer could not be delivered. */
    void failAsync(Throwable cause) {
        mailbox.put("fail", () -> {
            throw cause instanceof Exception e ? e : new IllegalStateException(cause);
        });
    }

    @Override
    public void run() {
        ScheduledFuture<?> flusher = null;
        Throwable failure = null;
        try {
            report(ExecutionState.INITIALIZING);
            TaskChain taskChain = deployment.operatorChain().deserialize(userCodeClassLoader, services.frameworkLoaders());
            network = new TaskNetwork(deployment, services, mailbox::signalInput);
            TaskProcessingTimeService processingTime = new TaskProcessingTimeService(services.timers(), mailbox, this::failAsync);
            chain = new OperatorChain(taskChain, deployment, userCodeClassLoader, network, processingTime, accumulators, slotMemory,
                    operatorId -> event -> jobMaster.sendOperatorEventToCoordinator(deployment.executionId(), operatorId, event)
                            .whenComplete((ok, error) -> {
                                if (error != null) {
                                    failAsync(error);
                                }
                            }));
            chain.open();
            flusher = scheduleFlushes();
            report(ExecutionState.RUNNING);
            TaskLoop.run(chain, network, mailbox, taskChain.inputSerializer(), () -> cancelled);
            chain.finish();
            network.finish();
        } catch (Throwable t) {
            failure = ChainedOperatorException.unwrap(t);
        } finally {
            if (flusher != null) {
                flusher.cancel(false);
            }
            mailbox.close();
            failure = closeChain(failure);
        }
        finish(failure);
    }

    private ScheduledFuture<?> scheduleFlushes() {
        long interval = network.flushInterval();
        if (interval <= 0) {
            return null;
        }
        // at most one flush waits in the mailbox: a busy task must not pile them up
        return services.timers().scheduleWithFixedDelay(() -> {
            if (flushPending.compareAndSet(false, true)) {
                mailbox.put("flush", () -> {
                    flushPending.set(false);
                    network.flushAll();
                });
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    private Throwable closeChain(Throwable failure) {
        OperatorChain current = chain;
        if (current != null) {
            try {
                current.close();
            } catch (Throwable t) {
                if (failure == null) {
                    return t;
                }
                failure.addSuppressed(t);
            }
        }
        return failure;
    }

    private void finish(Throwable failure) {
        TaskNetwork current = network;
        if (cancelled) {
            if (current != null) {
                current.release(new TaskCancelledException(deployment.taskNameWithSubtask() + " was cancelled"));
            }
            report(ExecutionState.CANCELED);
        } else if (failure != null) {
            LOG.warn("{} failed", deployment.taskNameWithSubtask(), failure);
            if (current != null) {
                current.release(failure);
            }
            stateListener.accept(new TaskExecutionState(deployment.jobId(), deployment.executionId(), ExecutionState.FAILED, failure,
                    Map.of()));
        } else {
            if (current != null) {
                current.close();
            }
            stateListener.accept(new TaskExecutionState(deployment.jobId(), deployment.executionId(), ExecutionState.FINISHED, null,
                    accumulators.snapshot()));
        }
    }

    private void report(ExecutionState state) {
        stateListener.accept(TaskExecutionState.of(deployment.jobId(), deployment.executionId(), state));
    }

    @Override
    public String toString() {
        return deployment.taskNameWithSubtask();
    }
}
