package io.riffle.streaming.api.environment;

import io.riffle.configuration.Configuration;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.core.execution.PipelineExecutorFactory;
import java.util.Iterator;
import java.util.ServiceLoader;

/** Finds the in-process executor for a {@code main()} that runs outside any cluster. */
final class EmbeddedExecutors {

    private EmbeddedExecutors() {}

    static PipelineExecutor find(Configuration configuration) {
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
                StreamExecutionEnvironment.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            Iterator<PipelineExecutorFactory> factories = ServiceLoader.load(PipelineExecutorFactory.class, loader).iterator();
            if (factories.hasNext()) {
                return factories.next().getExecutor(configuration);
            }
        }
        throw new IllegalStateException("No Riffle runtime to execute the job: this main() runs outside a cluster and "
                + "io.riffle:runtime.embedded is not on the class path. Add it (scope runtime or test) to run jobs "
                + "in-process, or submit the job bundle with 'riffle run' / 'riffle local <bundle>'.");
    }
}
