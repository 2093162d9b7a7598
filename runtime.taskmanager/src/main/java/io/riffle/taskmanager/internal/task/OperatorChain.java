package io.riffle.taskmanager.internal.task;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobgraph.ChainedOperator;
import io.riffle.runtime.jobgraph.OperatorOutput;
import io.riffle.runtime.jobgraph.TaskChain;
import io.riffle.taskmanager.internal.memory.SlotMemory;
import io.riffle.taskmanager.internal.operators.Accumulators;
import io.riffle.taskmanager.internal.operators.ClassCopies;
import io.riffle.taskmanager.internal.operators.Input;
import io.riffle.taskmanager.internal.operators.KeyedInput;
import io.riffle.taskmanager.internal.operators.OperatorContext;
import io.riffle.taskmanager.internal.operators.OperatorEventSender;
import io.riffle.taskmanager.internal.operators.Output;
import io.riffle.taskmanager.internal.operators.OutputRouter;
import io.riffle.taskmanager.internal.operators.ProcessingTimeService;
import io.riffle.taskmanager.internal.operators.SourceOperator;
import io.riffle.taskmanager.internal.operators.StreamOperator;
import io.riffle.taskmanager.internal.operators.TaskInfo;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.util.OutputTag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operators of one task, wired: each operator's output calls the next operator's input
 * directly or writes to the network. Opened tail first (so every operator's successors are ready
 * before it emits), finished head first (so records an operator emits while finishing still reach
 * open successors), closed all.
 */
final class OperatorChain {

    private final List<StreamOperator<?>> operators = new ArrayList<>();
    private final List<Input<?>> inputs = new ArrayList<>();
    private final Map<Integer, SourceOperator<?, ?>> sources = new HashMap<>();
    private final ClassCopies classCopies = new ClassCopies();
    private final List<HeapKeyedStateBackend<Object>> backends = new ArrayList<>();

    @SuppressWarnings({"unchecked", "rawtypes"})
    OperatorChain(TaskChain chain, TaskDeploymentDescriptor deployment, ClassLoader userCodeClassLoader, TaskNetwork network,
            ProcessingTimeService processingTime, Accumulators accumulators, SlotMemory slotMemory, EventSenderFactory eventSenders) {
        List<ChainedOperator> specs = chain.operators();
        TaskInfo taskInfo = new TaskInfo(deployment.jobName(), deployment.taskName(), deployment.subtaskIndex(),
                deployment.parallelism(), chain.maxParallelism(), deployment.attemptNumber());
        for (ChainedOperator spec : specs) {
            StreamOperator<?> operator = OperatorFactory.create(spec.spec(), eventSenders.forOperator(spec.operatorId()), classCopies);
            operators.add(operator);
            if (operator instanceof SourceOperator<?, ?> source) {
                sources.put(spec.operatorId(), source);
            }
        }
        // successors come later in the chain, so wiring from the tail gives every output a ready input
        for (int i = specs.size() - 1; i >= 0; i--) {
            ChainedOperator spec = specs.get(i);
            StreamOperator operator = operators.get(i);
            HeapKeyedStateBackend<Object> backend = null;
            if (spec.isKeyed()) {
                backend = new HeapKeyedStateBackend<>(deployment.keyGroupRange(), chain.maxParallelism(),
                        new io.riffle.api.common.serialization.SerializerConfig());
                backends.add(backend);
            }
            OperatorContext context = new OperatorContext(taskInfo, spec.name(), userCodeClassLoader, accumulators, processingTime,
                    backend, (KeySelector<Object, Object>) spec.stateKeySelector(), slotMemory);
            operator.setup(context, outputOf(spec, network));
            Input<?> input = operator instanceof Input<?> plain ? plain : null;
            if (input != null && backend != null) {
                input = new KeyedInput(input, (KeySelector<Object, Object>) spec.stateKeySelector(), backend);
            }
            inputs.add(0, input);
        }
    }

    /** Creates the event sender of each source operator. */
    @FunctionalInterface
    interface EventSenderFactory {

        OperatorEventSender forOperator(int operatorId);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Output<?> outputOf(ChainedOperator spec, TaskNetwork network) {
        List<Output<Object>> main = new ArrayList<>();
        Map<OutputTag<?>, List<Output<?>>> side = new LinkedHashMap<>();
        for (OperatorOutput target : spec.outputs()) {
            Output<Object> output;
            if (target instanceof OperatorOutput.Chained chained) {
                output = classCopies.chainingOutput((Input<Object>) inputs.get(chained.targetIndex() - operatorsWiredBefore(spec)));
            } else {
                OperatorOutput.Network net = (OperatorOutput.Network) target;
                output = new RecordWriterOutput<>(network.writer(net.outputIndex(), net.partitioning(),
                        (TypeSerializer<Object>) net.serializer(), net.consumerMaxParallelism(), net.bufferTimeoutMillis()));
            }
            if (target.tag() == null) {
                main.add(output);
            } else {
                side.computeIfAbsent(target.tag(), t -> new ArrayList<>()).add(output);
            }
        }
        if (side.isEmpty() && main.size() == 1) {
            return main.get(0);
        }
        return new OutputRouter(main, side);
    }

    /** While wiring from the tail, {@code inputs} holds the inputs of the operators after {@code spec} only. */
    private int operatorsWiredBefore(ChainedOperator spec) {
        return operators.size() - inputs.size();
    }

    StreamOperator<?> head() {
        return operators.get(0);
    }

    @SuppressWarnings("unchecked")
    <T> Input<T> headInput() {
        Input<?> input = inputs.get(0);
        if (input == null) {
            throw new IllegalStateException("the chain's head " + head().getName() + " takes no input");
        }
        return (Input<T>) input;
    }

    SourceOperator<?, ?> source(int operatorId) {
        return sources.get(operatorId);
    }

    void open() throws Exception {
        for (int i = operators.size() - 1; i >= 0; i--) {
            operators.get(i).open();
        }
    }

    void finish() throws Exception {
        for (StreamOperator<?> operator : operators) {
            operator.finish();
        }
    }

    /** Closes every operator even if some fail; the first failure is thrown with the others suppressed. */
    void close() throws Exception {
        Exception first = null;
        for (StreamOperator<?> operator : operators) {
            try {
                operator.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        backends.forEach(HeapKeyedStateBackend::dispose);
        if (first != null) {
            throw first;
        }
    }
}
