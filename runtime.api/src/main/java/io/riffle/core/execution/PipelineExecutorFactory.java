package io.riffle.core.execution;

import io.riffle.configuration.Configuration;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Creates executors for a job's {@code main()} run outside a cluster: found with
 * {@link java.util.ServiceLoader} on the class path (the {@code runtime.embedded} artifact provides
 * one that starts an in-process mini cluster).
 */
@ConsumerType
public interface PipelineExecutorFactory {

    String getName();

    PipelineExecutor getExecutor(Configuration configuration);
}
