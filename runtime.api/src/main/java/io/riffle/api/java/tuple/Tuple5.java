package io.riffle.api.java.tuple;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A tuple of 5 fields, {@code f0}, {@code f1}, {@code f2}, {@code f3}, {@code f4}. Equality and hash code are
 * value-based and the same in every JVM when the fields' are.
 */
@ProviderType
public class Tuple5<T0, T1, T2, T3, T4> extends Tuple {

    private static final long serialVersionUID = 1L;

    public T0 f0;

    public T1 f1;

    public T2 f2;

    public T3 f3;

    public T4 f4;

    public Tuple5() {}

    public Tuple5(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
        this.f4 = f4;
    }

    public static <T0, T1, T2, T3, T4> Tuple5<T0, T1, T2, T3, T4> of(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4) {
        return new Tuple5<>(f0, f1, f2, f3, f4);
    }

    public void setFields(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
        this.f4 = f4;
    }

    @Override
    public int getArity() {
        return 5;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getField(int pos) {
        return (T) switch (pos) {
            case 0 -> f0;
            case 1 -> f1;
            case 2 -> f2;
            case 3 -> f3;
            case 4 -> f4;
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
            case 3 -> this.f3 = (T3) value;
            case 4 -> this.f4 = (T4) value;
            default -> throw outOfBounds(pos);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Tuple5<T0, T1, T2, T3, T4> copy() {
        return new Tuple5<>(f0, f1, f2, f3, f4);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        // Like Flink: a subclass equals its TupleN when the fields are equal.
        return o instanceof Tuple5<?, ?, ?, ?, ?> other && Objects.equals(f0, other.f0) && Objects.equals(f1, other.f1) && Objects.equals(f2, other.f2) && Objects.equals(f3, other.f3) && Objects.equals(f4, other.f4);
    }

    @Override
    public int hashCode() {
        int result = f0 != null ? f0.hashCode() : 0;
        result = 31 * result + (f1 != null ? f1.hashCode() : 0);
        result = 31 * result + (f2 != null ? f2.hashCode() : 0);
        result = 31 * result + (f3 != null ? f3.hashCode() : 0);
        result = 31 * result + (f4 != null ? f4.hashCode() : 0);
        return result;
    }

    @Override
    public String toString() {
        return "(" + f0 + "," + f1 + "," + f2 + "," + f3 + "," + f4 + ")";
    }
}
