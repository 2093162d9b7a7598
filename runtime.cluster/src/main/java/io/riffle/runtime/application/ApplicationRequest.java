package io.riffle.runtime.application;

import io.riffle.runtime.blob.BlobKey;
import java.util.List;
import java.util.Objects;

/**
 * One run of a job bundle's {@code main()}.
 *
 * @param bundle the job bundle in the JobManager's blob store
 * @param entryClass the class whose {@code main()} to call, or null for the bundle's {@code Main-Class}
 * @param args the program arguments
 * @param parallelism the default parallelism of the jobs {@code main()} submits, or
 *     {@link #DEFAULT_PARALLELISM} for the cluster's {@code parallelism.default}
 */
public record ApplicationRequest(BlobKey bundle, String entryClass, List<String> args, int parallelism) {

    /** Flink's marker for "the cluster's default parallelism". */
    public static final int DEFAULT_PARALLELISM = -1;

    public ApplicationRequest {
        Objects.requireNonNull(bundle, "bundle");
        args = List.copyOf(args);
        if (parallelism < 1 && parallelism != DEFAULT_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        if (entryClass != null && entryClass.isBlank()) {
            entryClass = null;
        }
    }
}
