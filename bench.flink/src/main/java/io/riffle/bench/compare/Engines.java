package io.riffle.bench.compare;

import io.riffle.bench.digest.JobSpec;
import io.riffle.bench.flink.FlinkJavaOpts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command lines of the runs, each a JVM of its own: Riffle through bin/bench (riffle.jar and the
 * job bundle only), Flink through this module's jar and the Flink jars in target/lib (never on
 * Riffle's class path), the ceiling loops through this module's jar alone.
 */
final class Engines {

    /** JOBS.md's JVM for Flink's reference runs: a 4 GiB heap, fixed. */
    static final List<String> HEAP = List.of("-Xms4g", "-Xmx4g");
    /** The JVM that starts a standalone Flink cluster and its client needs little; the cluster's JVMs size their own. */
    static final List<String> STANDALONE_DRIVER_HEAP = List.of("-Xmx256m");
    /**
     * Flink's default {@code env.java.opts.all} (flink-dist's config.yaml), which its reference runs
     * used: the pom's {@code flink.jvm.opens}, which its tests use too, filtered into a resource.
     */
    static final List<String> FLINK_JAVA_OPTS = FlinkJavaOpts.list();

    private final Path home;
    private final String java;
    private final Path benchJar;

    Engines(Path home, String java, Path benchJar) {
        this.home = home;
        this.java = java;
        this.benchJar = benchJar;
    }

    /** Finds this module's jar under {@code home}; the same Java as this JVM runs Flink and the loops. */
    static Engines in(Path home) throws IOException {
        Path target = home.resolve("bench.flink/target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("bench\\.flink-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IOException("no bench.flink jar in " + target + "; build with: mvn -B -q -P bench package -DskipTests"));
            if (!Files.isDirectory(target.resolve("lib"))) {
                throw new IOException(target.resolve("lib") + " (Flink's jars) is missing; build with: mvn -B -q -P bench package -DskipTests");
            }
            return new Engines(home, Path.of(System.getProperty("java.home"), "bin", "java").toString(), jar);
        }
    }

    List<String> riffle(JobSpec job, long records, int parallelism, boolean cluster) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/bench").toString()));
        if (cluster) {
            command.add("--cluster");
        }
        command.addAll(List.of(job.jobName(), Long.toString(records), Integer.toString(parallelism)));
        return command;
    }

    /**
     * Flink on {@code setup}: the MiniCluster in this JVM of 4 GiB, or (standalone) a small JVM that
     * starts a cluster of its own, times a client JVM's submission and stops the cluster again.
     */
    List<String> flink(JobSpec job, long records, int parallelism, String setup) {
        boolean standalone = setup.equals(CompareOptions.STANDALONE);
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(standalone ? STANDALONE_DRIVER_HEAP : HEAP);
        command.addAll(FLINK_JAVA_OPTS);
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", benchJar + ":" + benchJar.resolveSibling("lib") + "/*",
                standalone ? "io.riffle.bench.flink.StandaloneBenchmark" : "io.riffle.bench.flink.FlinkBenchmark",
                job.jobName(), Long.toString(records), Integer.toString(parallelism)));
        return command;
    }

    List<String> ceiling(JobSpec job, long records, int runs) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(HEAP);
        command.addAll(List.of("-XX:+AlwaysPreTouch", "-cp", benchJar.toString(), "io.riffle.bench.ceiling.Ceiling",
                job.jobName(), Long.toString(records), Integer.toString(runs)));
        return command;
    }
}
