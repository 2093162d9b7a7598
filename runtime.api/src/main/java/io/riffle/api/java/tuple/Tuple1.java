package io.riffle.api.java.tuple;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A tuple of 1 field, {@code f0}. Equality and hash code are
 * value-based and the same in every JVM when the fields' are.
 */
@ProviderType
public class Tuple1<T0> extends Tuple {

    private static final long serialVersionUID = 1L;

    public T0 f0;

    public Tuple1() {}

    public Tuple1(T0 f0) {
        this.f0 = f0;
    }

    public static <T0> Tuple1<T0> of(T0 f0) {
        return new Tuple1<>(f0);
    }

    public void setFields(T0 f0) {
        this.f0 = f0;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getField(int pos) {
        return (T) switch (pos) {
            case 0 -> f0;
            default -> throw outOfBounds(pos);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> void setField(T value, int pos) {
        switch (pos) {
            case 0 -> this.f0 = (T0) value;
            default -> throw outOfBounds(pos);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Tuple1<T0> copy() {
        return new Tuple1<>(f0);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        // Like Flink: a subclass equals its TupleN when the fields are equal.
        return o instanceof Tuple1<?> other && Objects.equals(f0, other.f0);
    }

    @Override
    public int hashCode() {
        int result = f0 != null ? f0.hashCode() : 0;
        return result;
    }

    @Override
    public String toString() {
        return "(" + f0 + ")";
    }
}
