package io.riffle.api.connector.sink2;

import org.osgi.annotation.versioning.ProviderType;

/** What a sink knows when it creates a writer. */
@ProviderType
public interface WriterInitContext {

    int getSubtaskId();

    int getNumberOfParallelSubtasks();

    int getAttemptNumber();
}
