package io.riffle.test.e2e;

import static org.junit.Assert.assertEquals;

import io.riffle.api.java.functions.KeySelector;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.api.java.tuple.Tuple3;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.datastream.KeyedStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.SinkFunction;
import io.riffle.test.util.MiniClusterResourceConfiguration;
import io.riffle.test.util.MiniClusterWithClientResource;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Rolling aggregations on keyed streams: each emits the key's aggregate after every element, so the
 * last value emitted per key is the aggregate of all its elements.
 */
public class KeyedAggregationsTest {

    @ClassRule
    public static final MiniClusterWithClientResource CLUSTER = new MiniClusterWithClientResource(
            new MiniClusterResourceConfiguration.Builder().setNumberSlotsPerTaskManager(2).build());

    /** "aggregation/key" → the last value emitted for the key. */
    static final Map<String, Object> LATEST = new ConcurrentHashMap<>();

    @Before
    public void clear() {
        LATEST.clear();
    }

    /** Keeps the latest value per key of one aggregation. */
    static final class LatestPerKey<T> implements SinkFunction<T> {
        private static final long serialVersionUID = 1L;
        private final String aggregation;
        private final KeySelector<T, ?> key;

        LatestPerKey(String aggregation, KeySelector<T, ?> key) {
            this.aggregation = aggregation;
            this.key = key;
        }

        @Override
        public void invoke(T value) throws Exception {
            LATEST.put(aggregation + "/" + key.getKey(value), value);
        }
    }

    /** A POJO: public no-argument constructor and public fields. */
    public static final class Sale {
        public String shop;
        public int amount;

        public Sale() {}

        public Sale(String shop, int amount) {
            this.shop = shop;
            this.amount = amount;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sale other && Objects.equals(shop, other.shop) && amount == other.amount;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shop, amount);
        }

        @Override
        public String toString() {
            return shop + ":" + amount;
        }
    }

    private static <T> void collect(String aggregation, DataStream<T> stream, KeySelector<T, ?> key) {
        stream.addSink(new LatestPerKey<>(aggregation, key));
    }

    @Test(timeout = 30_000)
    public void rollingAggregationsOfTuplesEndAtTheKeysTotals() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        // a: 3, 7, 1, 7   b: 10, 4
        KeyedStream<Tuple2<String, Integer>, String> keyed = env.fromElements(Tuple2.of("a", 3), Tuple2.of("b", 10),
                Tuple2.of("a", 7), Tuple2.of("a", 1), Tuple2.of("b", 4), Tuple2.of("a", 7)).keyBy(t -> t.f0);
        KeySelector<Tuple2<String, Integer>, String> byF0 = t -> t.f0;
        collect("reduce", keyed.reduce((x, y) -> Tuple2.of(x.f0, x.f1 + y.f1)), byF0);
        collect("sum", keyed.sum(1), byF0);
        collect("min", keyed.min(1), byF0);
        collect("max", keyed.max(1), byF0);
        collect("maxBy", keyed.maxBy(1), byF0);
        env.execute("tuple aggregations");

        assertEquals(Tuple2.of("a", 18), LATEST.get("reduce/a"));
        assertEquals(Tuple2.of("b", 14), LATEST.get("reduce/b"));
        assertEquals(Tuple2.of("a", 18), LATEST.get("sum/a"));
        assertEquals(Tuple2.of("b", 14), LATEST.get("sum/b"));
        assertEquals(Tuple2.of("a", 1), LATEST.get("min/a"));
        assertEquals(Tuple2.of("b", 4), LATEST.get("min/b"));
        assertEquals(Tuple2.of("a", 7), LATEST.get("max/a"));
        assertEquals(Tuple2.of("b", 10), LATEST.get("max/b"));
        assertEquals(Tuple2.of("a", 7), LATEST.get("maxBy/a"));
        assertEquals(Tuple2.of("b", 10), LATEST.get("maxBy/b"));
    }

    @Test(timeout = 30_000)
    public void minAndMaxKeepTheFirstRecordWhileMinByAndMaxByReturnTheWinningRecord() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        KeyedStream<Tuple3<String, Integer, String>, String> keyed = env.fromElements(Tuple3.of("a", 3, "first"),
                Tuple3.of("a", 7, "second"), Tuple3.of("a", 1, "third"), Tuple3.of("a", 7, "fourth")).keyBy(t -> t.f0);
        KeySelector<Tuple3<String, Integer, String>, String> byF0 = t -> t.f0;
        collect("min", keyed.min(1), byF0);
        collect("max", keyed.max(1), byF0);
        collect("minBy", keyed.minBy(1), byF0);
        collect("maxBy", keyed.maxBy(1), byF0);
        env.execute("min/max versus minBy/maxBy");

        assertEquals("only the field is replaced", Tuple3.of("a", 1, "first"), LATEST.get("min/a"));
        assertEquals("only the field is replaced", Tuple3.of("a", 7, "first"), LATEST.get("max/a"));
        assertEquals(Tuple3.of("a", 1, "third"), LATEST.get("minBy/a"));
        assertEquals("the first of equal maxima", Tuple3.of("a", 7, "second"), LATEST.get("maxBy/a"));
    }

    @Test(timeout = 30_000)
    public void sumOfAPojoFieldByName() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<Sale> totals = env.fromElements(new Sale("north", 5), new Sale("south", 2), new Sale("north", 11),
                new Sale("south", 40), new Sale("north", 1)).keyBy(sale -> sale.shop).sum("amount");
        collect("sum", totals, sale -> sale.shop);
        env.execute("pojo sum");

        assertEquals(new Sale("north", 17), LATEST.get("sum/north"));
        assertEquals(new Sale("south", 42), LATEST.get("sum/south"));
    }
}
