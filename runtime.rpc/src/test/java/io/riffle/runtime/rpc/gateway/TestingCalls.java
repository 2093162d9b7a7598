package io.riffle.runtime.rpc.gateway;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * What the {@code Testing*Gateway} fakes share: they record every call, and answer each method as
 * told (by default with a completed future of {@code null}).
 */
final class TestingCalls {

    /** One call of a gateway method, with its arguments as the gateway received them. */
    record Call(String method, List<Object> arguments) {

        Object argument(int index) {
            return arguments.get(index);
        }
    }

    private final List<Call> recorded = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Call, CompletableFuture<?>>> answers = new ConcurrentHashMap<>();

    /** How the fake answers {@code method} from now on; may call out (it runs on an RPC I/O thread). */
    void answer(String method, Function<Call, CompletableFuture<?>> answer) {
        answers.put(method, answer);
    }

    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> record(String method, Object... arguments) {
        Call call = new Call(method, Collections.unmodifiableList(Arrays.asList(arguments)));
        recorded.add(call);
        Function<Call, CompletableFuture<?>> answer = answers.get(method);
        return answer == null ? CompletableFuture.completedFuture(null) : (CompletableFuture<T>) answer.apply(call);
    }

    List<Call> all() {
        return List.copyOf(recorded);
    }

    /** The one call of {@code method}; fails the test if there was none or more than one. */
    Call only(String method) {
        List<Call> calls = recorded.stream().filter(call -> call.method().equals(method)).toList();
        assertEquals("calls of " + method + " among " + recorded, 1, calls.size());
        return calls.get(0);
    }
}
