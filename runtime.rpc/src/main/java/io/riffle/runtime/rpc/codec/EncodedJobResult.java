package io.riffle.runtime.rpc.codec;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.runtime.dispatcher.JobResult;
import io.riffle.runtime.jobgraph.SerializedValue;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link JobResult} as it crosses the wire from the Dispatcher. Accumulator results are user
 * objects: they travel Java-serialized, and only a receiver with the job's class loader (the
 * client that submitted the job bundle) turns them back into objects with {@link #toJobResult}.
 * The failure cause travels as a {@link SerializedThrowable}.
 *
 * <p>The local cluster passes {@link JobResult} itself and needs none of this.
 *
 * @param failureCause what failed the job (FAILED only)
 * @param accumulators the merged accumulator results, by name, each Java-serialized
 */
public record EncodedJobResult(JobID jobId, String jobName, JobStatus status, long netRuntimeMillis, SerializedThrowable failureCause,
        Map<String, SerializedValue<Object>> accumulators) {

    public EncodedJobResult {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        if (!status.isGloballyTerminalState()) {
            throw new IllegalArgumentException("a job result needs a terminal status, not " + status);
        }
        accumulators = Map.copyOf(accumulators);
    }

    /**
     * Serializes the result's accumulators and mirrors its failure cause.
     *
     * @throws IOException if an accumulator result cannot be serialized, naming it
     */
    @SuppressWarnings("unchecked")
    public static EncodedJobResult of(JobResult result) throws IOException {
        Map<String, SerializedValue<Object>> accumulators = new HashMap<>();
        for (Map.Entry<String, Object> entry : result.accumulators().entrySet()) {
            try {
                if (!(entry.getValue() instanceof Serializable value)) {
                    throw new NotSerializableException(entry.getValue().getClass().getName());
                }
                accumulators.put(entry.getKey(), (SerializedValue<Object>) (SerializedValue<?>) SerializedValue.of(value));
            } catch (IOException | RuntimeException e) {
                throw new IOException("accumulator '" + entry.getKey() + "' of job " + result.jobId() + " cannot be serialized: " + e, e);
            }
        }
        SerializedThrowable failure = result.failureCause() == null ? null : SerializedThrowable.of(result.failureCause());
        return new EncodedJobResult(result.jobId(), result.jobName(), result.status(), result.netRuntimeMillis(), failure, accumulators);
    }

    /**
     * The result with its accumulators deserialized through the job's class loader; the failure
     * cause stays a {@link SerializedThrowable}.
     *
     * @param fallbackLoaders tried in order for classes the job's loader cannot load
     * @throws ClassNotFoundException if an accumulator's class is in none of the loaders
     */
    public JobResult toJobResult(ClassLoader jobClassLoader, List<ClassLoader> fallbackLoaders) throws IOException, ClassNotFoundException {
        Map<String, Object> objects = new HashMap<>();
        for (Map.Entry<String, SerializedValue<Object>> entry : accumulators.entrySet()) {
            Object value = entry.getValue().deserialize(jobClassLoader, fallbackLoaders);
            if (value == null) {
                throw new IOException("accumulator '" + entry.getKey() + "' of job " + jobId + " is null");
            }
            objects.put(entry.getKey(), value);
        }
        return new JobResult(jobId, jobName, status, netRuntimeMillis, failureCause, objects);
    }
}
