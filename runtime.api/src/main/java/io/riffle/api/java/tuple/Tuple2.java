package io.riffle.api.java.tuple;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A tuple of 2 fields, {@code f0}, {@code f1}. Equality and hash code are
 * value-based and the same in every JVM when the fields' are.
 */
@ProviderType
public class Tuple2<T0, T1> extends Tuple {

    private static final long serialVersionUID = 1L;

    public T0 f0;

    public T1 f1;

    public Tuple2() {}

    public Tuple2(T0 f0, T1 f1) {
        this.f0 = f0;
        this.f1 = f1;
    }

    public static <T0, T1> Tuple2<T0, T1> of(T0 f0, T1 f1) {
        return new Tuple2<>(f0, f1);
    }

    public void setFields(T0 f0, T1 f1) {
        this.f0 = f0;
        this.f1 = f1;
    }

    @Override
    public int getArity() {
        return 2;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getField(int pos) {
        return (T) switch (pos) {
            case 0 -> f0;
            case 1 -> f1;
            default -> throw outOfBounds(pos);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> void setField(T value, int pos) {
        switch (pos) {
            case 0 -> this.f0 = (T0) value;
            case 1 -> this.f1 = (T1) value;
            default -> throw outOfBounds(pos);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Tuple2<T0, T1> copy() {
        return new Tuple2<>(f0, f1);
    }

    /** A new tuple with the two fields swapped. */
    public Tuple2<T1, T0> swap() {
        return new Tuple2<>(f1, f0);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        // Like Flink: a subclass equals its TupleN when the fields are equal.
        return o instanceof Tuple2<?, ?> other && Objects.equals(f0, other.f0) && Objects.equals(f1, other.f1);
    }

    @Override
    public int hashCode() {
        int result = f0 != null ? f0.hashCode() : 0;
        result = 31 * result + (f1 != null ? f1.hashCode() : 0);
        return result;
    }

    @Override
    public String toString() {
        return "(" + f0 + "," + f1 + ")";
    }
}
