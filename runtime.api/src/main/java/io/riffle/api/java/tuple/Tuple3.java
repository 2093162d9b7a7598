package io.riffle.api.java.tuple;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A tuple of 3 fields, {@code f0}, {@code f1}, {@code f2}. Equality and hash code are
 * value-based and the same in every JVM when the fields' are.
 */
@ProviderType
public class Tuple3<T0, T1, T2> extends Tuple {

    private static final long serialVersionUID = 1L;

    public T0 f0;

    public T1 f1;

    public T2 f2;

    public Tuple3() {}

    public Tuple3(T0 f0, T1 f1, T2 f2) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
    }

    public static <T0, T1, T2> Tuple3<T0, T1, T2> of(T0 f0, T1 f1, T2 f2) {
        return new Tuple3<>(f0, f1, f2);
    }

    public void setFields(T0 f0, T1 f1, T2 f2) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
    }

    @Override
    public int getArity() {
        return 3;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getField(int pos) {
        return (T) switch (pos) {
            case 0 -> f0;
            case 1 -> f1;
            case 2 -> f2;
            default -> throw outOfBounds(pos);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> void setField(T value, int pos) {
        switch (pos) {
            case 0 -> this.f0 = (T0) value;
            case 1 -> this.f1 = (T1) value;
            case 2 -> this.f2 = (T2) value;
            default -> throw outOfBounds(pos);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Tuple3<T0, T1, T2> copy() {
        return new Tuple3<>(f0, f1, f2);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        // Like Flink: a subclass equals its TupleN when the fields are equal.
        return o instanceof Tuple3<?, ?, ?> other && Objects.equals(f0, other.f0) && Objects.equals(f1, other.f1) && Objects.equals(f2, other.f2);
    }

    @Override
    public int hashCode() {
        int result = f0 != null ? f0.hashCode() : 0;
        result = 31 * result + (f1 != null ? f1.hashCode() : 0);
        result = 31 * result + (f2 != null ? f2.hashCode() : 0);
        return result;
    }

    @Override
    public String toString() {
        return "(" + f0 + "," + f1 + "," + f2 + ")";
    }
}
