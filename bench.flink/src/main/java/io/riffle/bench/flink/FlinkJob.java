package io.riffle.bench.flink;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * One job of JOBS.md on Flink: it adds its pipeline to an environment and reads its digest from the
 * finished job's accumulators. The user functions are the same as Riffle's examples.benchmarks ones,
 * so both engines run the same per-record work.
 */
interface FlinkJob {

    void addTo(StreamExecutionEnvironment env, long records);

    String digest(JobExecutionResult result);

    /** The merged value of a long counter of a finished job. */
    static long counter(JobExecutionResult result, String name) {
        Object value = result.getAllAccumulatorResults().get(name);
        if (!(value instanceof Long longValue)) {
            throw new IllegalStateException("accumulator '" + name + "' of job " + result.getJobID()
                    + " should be a Long, but is " + value + " (accumulators: " + result.getAllAccumulatorResults().keySet() + ")");
        }
        return longValue;
    }
}
