package io.riffle.core.execution;

import io.riffle.configuration.Configuration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Binds an executor and the cluster's job settings (such as the default parallelism given with
 * {@code riffle run -p}) to the thread that runs a job's {@code main()}, so that
 * {@code getExecutionEnvironment()} inside it submits to the cluster that runs the job instead of
 * starting a mini cluster. The binding is a thread-local scoped to one call or one {@link Scope},
 * not global state: several jobs' {@code main()}s can run at once, each bound to its own executor.
 *
 * <p>Threads started while a binding is current inherit it (the thread-local is inheritable).
 * That is what a test resource needs: JUnit runs a test with a timeout on a thread of its own,
 * started from the thread that bound the resource's cluster, and a test's own threads should
 * submit where the test does. The inherited value is the binding current when the thread was
 * started; ending the scope later does not clear it there, so a pool thread first started under a
 * binding keeps pointing at that binding's executor, which fails clearly once its cluster is gone.
 */
public final class ExecutorContext {

    /** An executor with the settings jobs submitted through it start from. */
    public record Binding(PipelineExecutor executor, Configuration configuration) {

        public Binding {
            Objects.requireNonNull(executor, "executor");
            configuration = new Configuration(configuration);
        }
    }

    /** Ends a binding made by {@link #bind(Binding)}, restoring the binding it replaced. */
    @ProviderType
    public interface Scope extends AutoCloseable {

        /** Restores the previous binding of the thread that bound; a second call does nothing. */
        @Override
        void close();
    }

    private static final ThreadLocal<Binding> CURRENT = new InheritableThreadLocal<>();

    private ExecutorContext() {}

    /** Calls {@code action} with {@code binding} bound to this thread, restoring the previous binding after. */
    public static <T> T callWith(Binding binding, Callable<T> action) throws Exception {
        try (Scope ignored = bind(binding)) {
            return action.call();
        }
    }

    /**
     * Binds {@code binding} to this thread (and threads it starts) until the returned scope is
     * closed, for code whose binding cannot be one call, such as a JUnit resource that binds in
     * {@code before()} and unbinds in {@code after()}. Scopes must be closed on the thread that
     * opened them, innermost first.
     */
    public static Scope bind(Binding binding) {
        Objects.requireNonNull(binding, "binding");
        Thread owner = Thread.currentThread();
        Binding previous = CURRENT.get();
        CURRENT.set(binding);
        return new Scope() {
            private boolean closed;

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                if (Thread.currentThread() != owner) {
                    throw new IllegalStateException("an executor binding must be closed by the thread that made it ("
                            + owner.getName() + "), not by " + Thread.currentThread().getName());
                }
                closed = true;
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        };
    }

    /** The binding of this thread: made by the cluster that runs this thread's job {@code main()}, or by a test resource. */
    public static Optional<Binding> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
