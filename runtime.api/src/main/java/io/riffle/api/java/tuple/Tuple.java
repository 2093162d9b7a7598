package io.riffle.api.java.tuple;

import java.io.Serializable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The base of {@code Tuple1} ... {@code Tuple5}. Positional access ({@link #getField(int)}) lets
 * serializers and aggregations work on any tuple without reflection.
 */
@ProviderType
public abstract class Tuple implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest arity Riffle provides (Flink goes up to 25). */
    public static final int MAX_ARITY = 5;

    private static final Class<?>[] CLASSES = {Tuple1.class, Tuple2.class, Tuple3.class, Tuple4.class, Tuple5.class};

    /** The value of field {@code pos}, starting at 0. */
    public abstract <T> T getField(int pos);

    /** Sets field {@code pos}, starting at 0. */
    public abstract <T> void setField(T value, int pos);

    /** The number of fields. */
    public abstract int getArity();

    /** A shallow copy: a new tuple holding the same field values. */
    public abstract <T extends Tuple> T copy();

    /** {@code Tuple1.class} ... {@code Tuple5.class} for {@code arity} 1 to 5. */
    @SuppressWarnings("unchecked")
    public static Class<? extends Tuple> getTupleClass(int arity) {
        if (arity < 1 || arity > MAX_ARITY) {
            throw new IllegalArgumentException("Riffle has tuples of arity 1 to " + MAX_ARITY + ", not " + arity);
        }
        return (Class<? extends Tuple>) CLASSES[arity - 1];
    }

    /** A new, empty tuple of the given arity. */
    public static Tuple newInstance(int arity) {
        return switch (arity) {
            case 1 -> new Tuple1<>();
            case 2 -> new Tuple2<>();
            case 3 -> new Tuple3<>();
            case 4 -> new Tuple4<>();
            case 5 -> new Tuple5<>();
            default -> throw new IllegalArgumentException(
                    "Riffle has tuples of arity 1 to " + MAX_ARITY + ", not " + arity);
        };
    }

    IndexOutOfBoundsException outOfBounds(int pos) {
        return new IndexOutOfBoundsException("field " + pos + " of a tuple of arity " + getArity());
    }
}
