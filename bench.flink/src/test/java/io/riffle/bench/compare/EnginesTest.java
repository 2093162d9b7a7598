package io.riffle.bench.compare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.riffle.bench.digest.JobSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** Each run is its own JVM; Flink's never sees Riffle's jars, Riffle's goes through bin/bench. */
public class EnginesTest {

    private final Engines engines = new Engines(Path.of("/repo"), "/jdk/bin/java", Path.of("/repo/bench.flink/target/bench.flink-1.jar"));

    @Test
    public void riffleRunsThroughBinBench() {
        assertEquals(List.of("/repo/bin/bench", "window", "1000", "2"), engines.riffle(JobSpec.WINDOW, 1000, 2, false));
        assertEquals(List.of("/repo/bin/bench", "--cluster", "chain", "5", "1"), engines.riffle(JobSpec.CHAIN, 5, 1, true));
    }

    @Test
    public void flinkRunsWithTheReferenceJvmOptionsAndOnlyItsOwnClassPath() {
        List<String> command = engines.flink(JobSpec.WORDCOUNT, 20, 2, CompareOptions.MINICLUSTER);
        assertEquals("/jdk/bin/java", command.get(0));
        assertTrue(command.containsAll(List.of("-Xms4g", "-Xmx4g", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")));
        assertEquals(20, Engines.FLINK_JAVA_OPTS.size()); // 8 exports, 12 opens
        String classPath = command.get(command.indexOf("-cp") + 1);
        assertEquals("/repo/bench.flink/target/bench.flink-1.jar:/repo/bench.flink/target/lib/*", classPath);
        assertFalse(String.join(" ", command).contains("riffle.jar"));
        assertEquals(List.of("io.riffle.bench.flink.FlinkBenchmark", "wordcount", "20", "2"), command.subList(command.size() - 4, command.size()));
    }

    @Test
    public void aStandaloneFlinkRunIsASmallJvmThatStartsTheClusterItself() {
        List<String> command = engines.flink(JobSpec.CHAIN, 1000, 2, CompareOptions.STANDALONE);
        assertTrue(command.contains("-Xmx256m"));
        assertFalse(command.contains("-Xmx4g"));
        assertTrue(command.contains("--add-opens=java.base/java.util=ALL-UNNAMED"));
        assertEquals("/repo/bench.flink/target/bench.flink-1.jar:/repo/bench.flink/target/lib/*", command.get(command.indexOf("-cp") + 1));
        assertEquals(List.of("io.riffle.bench.flink.StandaloneBenchmark", "chain", "1000", "2"), command.subList(command.size() - 4, command.size()));
    }

    @Test
    public void ceilingLoopsRunPreTouchedWithoutFlink() {
        List<String> command = engines.ceiling(JobSpec.CHAIN, 100, 5);
        assertTrue(command.containsAll(List.of("-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch")));
        assertEquals("/repo/bench.flink/target/bench.flink-1.jar", command.get(command.indexOf("-cp") + 1));
    }
}
