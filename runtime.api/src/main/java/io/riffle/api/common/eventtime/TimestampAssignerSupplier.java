package io.riffle.api.common.eventtime;

import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

/** Creates a {@link TimestampAssigner} in each parallel subtask, where the job runs. */
@ConsumerType
@FunctionalInterface
public interface TimestampAssignerSupplier<T> extends Serializable {

    TimestampAssigner<T> createTimestampAssigner(Context context);

    /** Wraps a serializable assigner: every subtask gets its own deserialized copy. */
    static <T> TimestampAssignerSupplier<T> of(SerializableTimestampAssigner<T> assigner) {
        return new SupplierFromSerializableTimestampAssigner<>(assigner);
    }

    /** What the runtime offers to the supplier. Nothing yet: metric groups arrive with metrics. */
    @ProviderType
    interface Context {}

    /** The supplier of {@link #of}. */
    final class SupplierFromSerializableTimestampAssigner<T> implements TimestampAssignerSupplier<T> {

        private static final long serialVersionUID = 1L;

        private final SerializableTimestampAssigner<T> assigner;

        public SupplierFromSerializableTimestampAssigner(SerializableTimestampAssigner<T> assigner) {
            this.assigner = assigner;
        }

        @Override
        public TimestampAssigner<T> createTimestampAssigner(Context context) {
            return assigner;
        }
    }
}
