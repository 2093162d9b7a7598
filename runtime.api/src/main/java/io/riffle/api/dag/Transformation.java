package io.riffle.api.dag;

import io.riffle.api.common.typeinfo.TypeInformation;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One operation of a job as the API records it: a source, an operator, a sink, or a virtual step
 * (a repartitioning or a union) that only shapes the edges between operators.
 */
@ProviderType
public abstract class Transformation<T> {

    /** Parallelism not set: the environment's default applies. */
    public static final int DEFAULT_PARALLELISM = -1;

    private final int id;
    private String name;
    private String uid;
    private TypeInformation<T> outputType;
    private int parallelism;
    private int maxParallelism = -1;
    private String slotSharingGroup;
    private long bufferTimeout = -1;

    protected Transformation(int id, String name, TypeInformation<T> outputType, int parallelism) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.outputType = outputType;
        this.parallelism = parallelism;
    }

    /** Unique within the environment that created it; ids grow in creation order. */
    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public TypeInformation<T> getOutputType() {
        return outputType;
    }

    public void setOutputType(TypeInformation<T> outputType) {
        this.outputType = Objects.requireNonNull(outputType, "outputType");
    }

    public int getParallelism() {
        return parallelism;
    }

    public void setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != DEFAULT_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** -1 when not set: the job's maximum parallelism applies. */
    public int getMaxParallelism() {
        return maxParallelism;
    }

    public void setMaxParallelism(int maxParallelism) {
        this.maxParallelism = maxParallelism;
    }

    /** Null when not set: inherited from the inputs if they agree, else {@code "default"}. */
    public String getSlotSharingGroup() {
        return slotSharingGroup;
    }

    public void setSlotSharingGroup(String slotSharingGroup) {
        this.slotSharingGroup = slotSharingGroup;
    }

    /** Milliseconds; -1 when not set. */
    public long getBufferTimeout() {
        return bufferTimeout;
    }

    public void setBufferTimeout(long bufferTimeout) {
        this.bufferTimeout = bufferTimeout;
    }

    /** The transformations this one reads from directly. */
    public abstract List<Transformation<?>> getInputs();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{id=" + id + ", name='" + name + "', parallelism=" + parallelism + "}";
    }
}
