package io.riffle.examples.wordcount;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.dag.Transformation;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.datastream.KeyedStream;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.graph.StreamGraph;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** The WordCount pipelines as built on the client, without running them. */
public class WordCountGraphTest {

    @Test
    public void fileInputIsTokenizedAndCountedPerWord() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        DataStream<Tuple2<String, Integer>> counts = WordCount.buildPipeline(env, "/data/hamlet.txt");
        counts.print();
        StreamGraph graph = env.getStreamGraph("Streaming WordCount");
        assertEquals(List.of("Read Text File: /data/hamlet.txt", "tokenizer", "counter", "Print to Std. Out"), names(graph));
        assertEquals(Types.TUPLE(Types.STRING, Types.INT), counts.getType());
    }

    @Test
    public void withoutInputItCountsTheBuiltInText() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        WordCount.buildPipeline(env, null).print();
        assertEquals("Collection Source", env.getStreamGraph("Streaming WordCount").transformations().get(0).getName());
    }

    @Test
    public void keysAreTheWords() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        DataStream<String> lines = env.fromElements("a b");
        KeyedStream<Tuple2<String, Integer>, String> keyed = lines.flatMap(new WordCount.Tokenizer()).keyBy(value -> value.f0);
        assertEquals(Types.STRING, keyed.getKeyType());
    }

    @Test
    public void finalCountsTakeTheRunningCounts() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        DataStream<String> words = env.fromElements("riffle");
        WordCount.count(words).flatMap(new GeneratedWordCount.FinalCounts());
        List<String> names = names(env.getStreamGraph("Generated WordCount"));
        assertTrue(names.toString(), names.containsAll(List.of("tokenizer", "counter", "Flat Map")));
    }

    private static List<String> names(StreamGraph graph) {
        return graph.transformations().stream().map(Transformation::getName).collect(Collectors.toList());
    }
}
