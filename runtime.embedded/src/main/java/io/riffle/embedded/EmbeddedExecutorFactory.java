package io.riffle.embedded;

import io.riffle.configuration.Configuration;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.core.execution.PipelineExecutorFactory;

/**
 * Found by {@code getExecutionEnvironment()} through {@link java.util.ServiceLoader} when a job's
 * {@code main()} runs outside any cluster: each job gets a mini cluster of its own, started for it
 * and stopped when it ends, as Flink's local environment does.
 */
public final class EmbeddedExecutorFactory implements PipelineExecutorFactory {

    @Override
    public String getName() {
        return "embedded";
    }

    @Override
    public PipelineExecutor getExecutor(Configuration configuration) {
        return new PerJobMiniClusterExecutor(configuration);
    }
}
