package io.riffle.bench.digest;

import java.util.Arrays;
import java.util.Optional;

/** The four jobs of JOBS.md: their command-line names and default sizes. */
public enum JobSpec {
    WORDCOUNT("wordcount", 20_000_000L),
    CHAIN("chain", 100_000_000L),
    WINDOW("window", 20_000_000L),
    SHUFFLE_BYTES("shuffle-bytes", 10_000_000L);

    private final String jobName;
    private final long defaultRecords;

    JobSpec(String jobName, long defaultRecords) {
        this.jobName = jobName;
        this.defaultRecords = defaultRecords;
    }

    /** The name on command lines and in {@code RESULT} lines. */
    public String jobName() {
        return jobName;
    }

    public long defaultRecords() {
        return defaultRecords;
    }

    /** Whether JOBS.md reports MB/s for it (J4: N·100 bytes of payload). */
    public boolean reportsBytes() {
        return this == SHUFFLE_BYTES;
    }

    public static Optional<JobSpec> named(String name) {
        return Arrays.stream(values()).filter(job -> job.jobName.equals(name)).findFirst();
    }

    /** The names, for usage messages: {@code wordcount|chain|window|shuffle-bytes}. */
    public static String names() {
        return String.join("|", Arrays.stream(values()).map(JobSpec::jobName).toList());
    }
}
