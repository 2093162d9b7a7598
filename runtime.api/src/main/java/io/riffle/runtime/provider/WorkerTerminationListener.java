package io.riffle.runtime.provider;

import org.osgi.annotation.versioning.ConsumerType;

/** Told by a {@link ResourceProvider} when one of its workers terminated. Must not block. */
@ConsumerType
@FunctionalInterface
public interface WorkerTerminationListener {

    void workerTerminated(WorkerTermination termination);
}
