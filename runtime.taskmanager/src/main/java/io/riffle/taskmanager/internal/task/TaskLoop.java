package io.riffle.taskmanager.internal.task;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.io.InputStatus;
import io.riffle.taskmanager.internal.network.input.DataOutput;
import io.riffle.taskmanager.internal.network.input.StreamTaskNetworkInput;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.operators.Input;
import io.riffle.taskmanager.internal.operators.SourceOperator;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The mailbox loop of a task: between elements it runs pending mails (one volatile read when there
 * are none); when its input has nothing, it sleeps on the mailbox until input or a mail arrives.
 * A source task asks its reader; any other task reads its network input.
 */
final class TaskLoop {

    private TaskLoop() {}

    static void run(OperatorChain chain, TaskNetwork network, TaskMailbox mailbox, TypeSerializer<?> inputSerializer,
            BooleanSupplier cancelled) throws Exception {
        if (chain.head() instanceof SourceOperator<?, ?> source) {
            runSource(source, mailbox, cancelled);
        } else {
            runNetworkInput(chain, network, mailbox, inputSerializer, cancelled);
        }
    }

    private static void runSource(SourceOperator<?, ?> source, TaskMailbox mailbox, BooleanSupplier cancelled) throws Exception {
        while (true) {
            if (mailbox.hasMail()) {
                mailbox.runMails();
            }
            checkCancelled(cancelled);
            InputStatus status = source.emitNext();
            if (status == InputStatus.MORE_AVAILABLE) {
                continue;
            }
            if (status == InputStatus.END_OF_INPUT) {
                // a bounded source ends event time too, so every event-time timer downstream fires
                source.processWatermark(Watermark.MAX_WATERMARK);
                return;
            }
            CompletableFuture<Void> available = source.isAvailable();
            if (!available.isDone()) {
                available.thenRun(mailbox::signalInput);
                mailbox.awaitWork();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void runNetworkInput(OperatorChain chain, TaskNetwork network, TaskMailbox mailbox, TypeSerializer<?> inputSerializer,
            BooleanSupplier cancelled) throws Exception {
        Input<Object> head = chain.headInput();
        DataOutput<Object> toHead = new DataOutput<>() {
            @Override
            public void emitRecord(StreamRecord<Object> record) throws Exception {
                head.processElement(record);
            }

            @Override
            public void emitWatermark(Watermark watermark) throws Exception {
                head.processWatermark(watermark);
            }

            @Override
            public void emitWatermarkStatus(WatermarkStatus watermarkStatus) throws Exception {
                head.processWatermarkStatus(watermarkStatus);
            }
        };
        try (StreamTaskNetworkInput<Object> input = new StreamTaskNetworkInput<>(network.gate(),
                new StreamElementSerializer<>((TypeSerializer<Object>) inputSerializer.duplicate()))) {
            while (true) {
                if (mailbox.hasMail()) {
                    mailbox.runMails();
                }
                checkCancelled(cancelled);
                InputStatus status = input.emitNext(toHead);
                if (status == InputStatus.MORE_AVAILABLE) {
                    continue;
                }
                if (status == InputStatus.END_OF_INPUT) {
                    return;
                }
                mailbox.awaitWork();
            }
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new TaskCancelledException("the task was cancelled");
        }
    }
}
