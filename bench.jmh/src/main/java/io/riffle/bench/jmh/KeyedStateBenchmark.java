package io.riffle.bench.jmh;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.state.NamespacedStateStore;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Keyed state accesses per second on the heap backend, each one {@code setCurrentKey} + {@code
 * value()} + {@code update()} on a {@code ValueState<Long>}:
 * <ul>
 *   <li>{@code valueState}: J1's running count, 10,000 String keys {@code w0 .. w9999} drawn at random;</li>
 *   <li>{@code windowState}: J3's per-window sum, 1,000 Integer keys, each in one of 4 tumbling
 *       {@code TimeWindow}s of 1 s through a {@code NamespacedStateStore}, as the window operator
 *       keeps its window contents.</li>
 * </ul>
 * Every record of a keyed operator does at least one such access, so it bounds J1 and J3 per slot.
 * The entries exist (the setup fills them), so this measures lookups and in-place updates, not
 * growth of the tables. Keys are the same objects each time, so their hash codes are cached; a
 * key deserialized from the network would hash its string once more.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class KeyedStateBenchmark {

    static final int MAX_PARALLELISM = 128;
    static final int WORDS = 10_000;
    static final int WINDOW_KEYS = 1000;
    static final int WINDOWS = 4;
    static final long WINDOW_SIZE_MILLIS = 1000;
    /** Accesses per invocation: one pass over the drawn sequence. */
    static final int ACCESSES = 1 << 16;

    private HeapKeyedStateBackend<String> wordBackend;
    private ValueState<Long> counts;
    private String[] wordSequence;

    private HeapKeyedStateBackend<Integer> windowBackend;
    private NamespacedStateStore<TimeWindow> windowStore;
    private ValueState<Long> windowSums;
    private Integer[] keySequence;
    private TimeWindow[] windowSequence;

    @Setup
    public void setUp() throws IOException {
        wordBackend = newBackend();
        counts = wordBackend.getState(new ValueStateDescriptor<>("count", Types.LONG));
        String[] words = new String[WORDS];
        for (int i = 0; i < WORDS; i++) {
            words[i] = "w" + i;
            wordBackend.setCurrentKey(words[i]);
            counts.update(0L);
        }
        wordSequence = new String[ACCESSES];
        long lcg = 1;
        for (int i = 0; i < ACCESSES; i++) {
            lcg = nextLcg(lcg);
            wordSequence[i] = words[(int) ((lcg >>> 33) % WORDS)];
        }

        windowBackend = newBackend();
        windowStore = windowBackend.namespacedStore(new TimeWindow.Serializer());
        windowSums = windowStore.getState(new ValueStateDescriptor<>("window-contents", Types.LONG));
        Integer[] keys = new Integer[WINDOW_KEYS];
        TimeWindow[] windows = new TimeWindow[WINDOWS];
        for (int w = 0; w < WINDOWS; w++) {
            windows[w] = new TimeWindow(w * WINDOW_SIZE_MILLIS, (w + 1) * WINDOW_SIZE_MILLIS);
        }
        for (int k = 0; k < WINDOW_KEYS; k++) {
            keys[k] = k;
            windowBackend.setCurrentKey(keys[k]);
            for (TimeWindow window : windows) {
                windowStore.setCurrentNamespace(window);
                windowSums.update(0L);
            }
        }
        keySequence = new Integer[ACCESSES];
        windowSequence = new TimeWindow[ACCESSES];
        lcg = 3;
        for (int i = 0; i < ACCESSES; i++) {
            lcg = nextLcg(lcg);
            keySequence[i] = keys[(int) ((lcg >>> 33) % WINDOW_KEYS)];
            // event time advances one ms per event, so a window sees WINDOW_SIZE_MILLIS events in a row
            windowSequence[i] = windows[(int) ((i / WINDOW_SIZE_MILLIS) % WINDOWS)];
        }
    }

    private static <K> HeapKeyedStateBackend<K> newBackend() {
        return new HeapKeyedStateBackend<>(new KeyGroupRange(0, MAX_PARALLELISM - 1), MAX_PARALLELISM, new SerializerConfig());
    }

    /** The LCG of the benchmark jobs (Knuth's MMIX constants), which draws their keys. */
    static long nextLcg(long state) {
        return state * 6364136223846793005L + 1442695040888963407L;
    }

    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public void valueState() throws IOException {
        for (String word : wordSequence) {
            wordBackend.setCurrentKey(word);
            counts.update(counts.value() + 1);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public void windowState() throws IOException {
        for (int i = 0; i < ACCESSES; i++) {
            windowBackend.setCurrentKey(keySequence[i]);
            windowStore.setCurrentNamespace(windowSequence[i]);
            windowSums.update(windowSums.value() + i);
        }
    }

    /** The count of {@code word}, for the setup test. */
    long countOf(String word) throws IOException {
        wordBackend.setCurrentKey(word);
        return counts.value();
    }

    /** The sum of {@code key} in the window starting at {@code windowStart}, for the setup test. */
    long sumOf(int key, long windowStart) throws IOException {
        windowBackend.setCurrentKey(key);
        windowStore.setCurrentNamespace(new TimeWindow(windowStart, windowStart + WINDOW_SIZE_MILLIS));
        return windowSums.value();
    }

    String[] wordSequence() {
        return wordSequence;
    }

    Integer[] keySequence() {
        return keySequence;
    }
}
