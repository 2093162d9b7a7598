package io.riffle.test.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.connector.datagen.source.DataGeneratorSource;
import io.riffle.streaming.api.datastream.SingleOutputStreamOperator;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.ProcessFunction;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.test.util.MiniClusterResourceConfiguration;
import io.riffle.test.util.MiniClusterWithClientResource;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Built-in sources and sinks: order, files, generated data, print(), side outputs. */
public class SourcesAndSinksTest {

    private static final int PARALLELISM = 3;

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(PARALLELISM).build());

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** Sink name → what it received, in arrival order. */
    static final Map<String, List<Object>> RECEIVED = new ConcurrentHashMap<>();

    static final OutputTag<String> ODD = new OutputTag<String>("odd") {};

    @Before
    public void clear() {
        RECEIVED.clear();
    }

    /** Appends each value to {@code RECEIVED[name]}, or to {@code RECEIVED[name + first character]} if split by prefix. */
    static final class ListSink<T> implements SinkFunction<T> {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final boolean byFirstCharacter;

        ListSink(String name, boolean byFirstCharacter) {
            this.name = name;
            this.byFirstCharacter = byFirstCharacter;
        }

        @Override
        public void invoke(T value) {
            String list = byFirstCharacter ? name + value.toString().charAt(0) : name;
            RECEIVED.computeIfAbsent(list, n -> Collections.synchronizedList(new ArrayList<>())).add(value);
        }
    }

    /** Evens to the main output, odds to the side output {@link #ODD}. */
    static final class SplitByParity extends ProcessFunction<Long, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(Long value, Context ctx, Collector<Long> out) {
            if (value % 2 == 0) {
                out.collect(value);
            } else {
                ctx.output(ODD, "odd-" + value);
            }
        }
    }

    private static List<Object> received(String name) {
        return RECEIVED.getOrDefault(name, List.of());
    }

    @Test(timeout = 30_000)
    public void fromElementsAndFromCollectionKeepTheirOrderAtParallelismOne() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.fromElements("delta", "alpha", "charlie", "bravo").map(String::toUpperCase).addSink(new ListSink<>("elements", false));
        List<Integer> numbers = IntStream.range(0, 10_000).map(i -> (i * 7919) % 10_000).boxed().toList();
        env.fromCollection(numbers).filter(i -> i >= 0).addSink(new ListSink<>("collection", false));
        env.execute("ordered sources");

        assertEquals(List.of("DELTA", "ALPHA", "CHARLIE", "BRAVO"), received("elements"));
        assertEquals(numbers, received("collection"));
    }

    @Test(timeout = 30_000)
    public void readTextFileReadsEveryLineOfEveryFileOfADirectory() throws Exception {
        Path directory = folder.newFolder("input").toPath();
        Map<String, List<String>> files = Map.of("a", lines("a", 100), "b", lines("b", 2_000), "c", lines("c", 1));
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            Files.write(directory.resolve(file.getKey() + ".txt"), file.getValue(), StandardCharsets.UTF_8);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.readTextFile(directory.toString()).addSink(new ListSink<>("file ", true));
        env.execute("read text files");

        assertEquals("one file is read by one reader, in order", files.get("a"), received("file a"));
        assertEquals(files.get("b"), received("file b"));
        assertEquals(files.get("c"), received("file c"));
        assertEquals(3, RECEIVED.size());
    }

    private static List<String> lines(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + "-line-" + i).toList();
    }

    @Test(timeout = 30_000)
    public void dataGeneratorSourceEmitsEachIndexExactlyOnceAtParallelismThree() throws Exception {
        int count = 30_000;
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSource(new DataGeneratorSource<>(index -> index * 10, count, Types.LONG), WatermarkStrategy.noWatermarks(), "Generator")
                .addSink(new ListSink<>("generated", false));
        env.execute("data generator");

        List<Object> generated = received("generated");
        assertEquals(count, generated.size());
        assertEquals(LongStream.range(0, count).map(i -> i * 10).boxed().collect(Collectors.toSet()), new HashSet<>(generated));
    }

    @Test(timeout = 30_000)
    public void printPrefixesEachLineWithTheSubtaskWhenParallel() throws Exception {
        List<String> values = IntStream.range(0, 20).mapToObj(i -> "printed-value-" + i).toList();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.fromCollection(values).print(); // a source of parallelism 1 into a print sink of 2: rebalanced

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            env.execute("print");
        } finally {
            System.setOut(originalOut);
        }

        Pattern line = Pattern.compile("([0-9]+)> (printed-value-[0-9]+)");
        Set<String> printed = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (String output : captured.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (output.contains("printed-value-")) {
                Matcher matcher = line.matcher(output);
                assertTrue("'" + output + "' has the form 'subtask> value'", matcher.matches());
                prefixes.add(matcher.group(1));
                assertTrue("printed once: " + output, printed.add(matcher.group(2)));
            }
        }
        assertEquals(new HashSet<>(values), printed);
        assertEquals("subtasks are numbered from 1", Set.of("1", "2"), prefixes);
    }

    @Test(timeout = 30_000)
    public void sideOutputsCarryWhatTheProcessFunctionSendsThere() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        SingleOutputStreamOperator<Long> evens = env.fromSequence(1, 1_000).process(new SplitByParity());
        evens.addSink(new ListSink<>("evens", false));
        evens.getSideOutput(ODD).addSink(new ListSink<>("odds", false));
        env.execute("side outputs");

        assertEquals(LongStream.rangeClosed(1, 1_000).filter(i -> i % 2 == 0).boxed().collect(Collectors.toSet()),
                new HashSet<>(received("evens")));
        assertEquals(500, received("evens").size());
        assertEquals(LongStream.rangeClosed(1, 1_000).filter(i -> i % 2 == 1).mapToObj(i -> "odd-" + i).collect(Collectors.toSet()),
                new HashSet<>(received("odds")));
        assertEquals(500, received("odds").size());
    }
}
