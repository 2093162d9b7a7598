package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;

/**
 * One benchmark job of JOBS.md: it adds its pipeline to an environment and reads its digest from
 * the finished job's accumulators. {@link Benchmark} times {@code execute()} in between; tests call
 * {@link #run}. A new job (J3 window, say) is one more implementation listed in {@link Benchmark#JOBS}.
 */
public interface BenchmarkJob {

    /** The name on the command line and in the {@code RESULT} line, e.g. {@code wordcount}. */
    String name();

    /** N when the command line gives none. */
    long defaultRecords();

    /** Adds the job for {@code records} input records to {@code env}; runs nothing. */
    void addTo(StreamExecutionEnvironment env, long records);

    /** The digest, in JOBS.md's format, from the accumulators of the finished job. */
    String digest(JobExecutionResult result);

    /** Further {@code key=value} fields for the {@code RESULT} line, each preceded by a space; none by default. */
    default String extraFields(long records, double seconds, JobExecutionResult result) {
        return "";
    }

    /** Adds the job to {@code env}, runs it and returns its digest. */
    default String run(StreamExecutionEnvironment env, long records) throws Exception {
        addTo(env, records);
        return digest(env.execute(name()));
    }
}
