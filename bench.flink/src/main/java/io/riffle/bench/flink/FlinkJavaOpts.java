package io.riffle.bench.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Flink's default {@code env.java.opts.all} (flink-dist's config.yaml), which its reference runs
 * used: the pom's {@code flink.jvm.opens}, which its tests use too, filtered into a resource. Every
 * Flink JVM of bin/compare gets them: the MiniCluster's, and a standalone cluster's and its client's.
 */
public final class FlinkJavaOpts {

    private FlinkJavaOpts() {}

    public static List<String> list() {
        try (InputStream options = FlinkJavaOpts.class.getResourceAsStream("flink-java-opts")) {
            if (options == null) {
                throw new IllegalStateException("flink-java-opts is missing from bench.flink's jar");
            }
            return List.of(new String(options.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read flink-java-opts from bench.flink's jar", e);
        }
    }
}
