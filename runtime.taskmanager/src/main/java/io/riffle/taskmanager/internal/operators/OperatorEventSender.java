package io.riffle.taskmanager.internal.operators;

import io.riffle.runtime.taskexecutor.OperatorEvent;

/** Sends an operator's events to its coordinator (a source's split enumerator) on the JobMaster. */
@FunctionalInterface
public interface OperatorEventSender {

    void send(OperatorEvent event);
}
