package io.riffle.bench.flink;

import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The client of a standalone run, a JVM of its own like {@code riffle run}: submits one JOBS.md job
 * with {@code createRemoteEnvironment}, which uploads the job jar to the cluster's REST API, waits
 * for the job's end and prints {@code SUBMITTED digest=.. job_seconds=..} from its accumulators.
 *
 * <p>{@code RemoteSubmit <host> <rest port> <job jar> <job> <N> <P>}
 */
public final class RemoteSubmit {

    private RemoteSubmit() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: RemoteSubmit <host> <rest port> <job jar> <job> <N> <P>");
            System.exit(2);
            return;
        }
        FlinkBenchmark.Invocation invocation = FlinkBenchmark.Invocation.parse(new String[] {args[3], args[4], args[5]}, 1);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(args[0], Integer.parseInt(args[1]), args[2]);
        env.setParallelism(invocation.parallelism());
        FlinkJob job = FlinkBenchmark.job(invocation.job());
        job.addTo(env, invocation.records());
        JobExecutionResult result = env.execute(invocation.job().jobName());
        System.out.println(line(job.digest(result), result.getNetRuntime() / 1e3));
    }

    static String line(String digest, double jobSeconds) {
        return String.format(Locale.ROOT, "SUBMITTED digest=%s job_seconds=%.3f", digest, jobSeconds);
    }
}
