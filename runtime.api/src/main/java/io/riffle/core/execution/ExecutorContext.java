package io.riffle.core.execution;

import io.riffle.configuration.Configuration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Binds an executor and the cluster's job settings (such as the default parallelism given with
 * {@code riffle run -p}) to the thread that runs a job's {@code main()}, so that
 * {@code getExecutionEnvironment()} inside it submits to the cluster that runs the job instead of
 * starting a mini cluster. The binding is a thread-local scoped to one call, not global state:
 * several jobs' {@code main()}s can run at once, each bound to its own executor.
 */
public final class ExecutorContext {

    /** An executor with the settings jobs submitted through it start from. */
    public record Binding(PipelineExecutor executor, Configuration configuration) {

        public Binding {
            Objects.requireNonNull(executor, "executor");
            configuration = new Configuration(configuration);
        }
    }

    private static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();

    private ExecutorContext() {}

    /** Calls {@code action} with {@code binding} bound to this thread, restoring the previous binding after. */
    public static <T> T callWith(Binding binding, Callable<T> action) throws Exception {
        Binding previous = CURRENT.get();
        CURRENT.set(Objects.requireNonNull(binding, "binding"));
        try {
            return action.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The binding of this thread, if a cluster runs this thread's job {@code main()}. */
    public static Optional<Binding> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
