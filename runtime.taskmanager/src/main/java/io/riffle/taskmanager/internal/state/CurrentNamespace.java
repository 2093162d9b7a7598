package io.riffle.taskmanager.internal.state;

/**
 * The namespace that the states of one owner read and write under the current key: for window
 * state, the window being processed. All states of a {@link NamespacedStateStore} share one, so the
 * window operator points them all at a window with one call.
 *
 * <p>Single-threaded: only the task thread touches it.
 */
final class CurrentNamespace<N> {

    private N namespace;

    CurrentNamespace(N namespace) {
        this.namespace = namespace;
    }

    N get() {
        N current = namespace;
        if (current == null) {
            throw new IllegalStateException("no current namespace: window state is only accessible while processing a window");
        }
        return current;
    }

    void set(N namespace) {
        this.namespace = namespace;
    }
}
