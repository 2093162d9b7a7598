package io.riffle.bench.jmh;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.common.typeutils.base.IntSerializer;
import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.api.common.typeutils.base.StringSerializer;
import io.riffle.api.common.typeutils.base.array.BytePrimitiveArraySerializer;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.api.java.tuple.Tuple3;
import io.riffle.api.java.typeutils.runtime.TupleSerializer;
import java.util.function.IntFunction;

/**
 * The record types of the serialization benchmark, each with its serializer and a generator of
 * distinct values: the shapes of the benchmark jobs' records.
 */
public enum RecordSamples {

    /** Like J1's {@code (word, count)} (which counts in a Long): a short string and an int. */
    TUPLE2_STRING_INT(new TupleSerializer<>(tupleClass(Tuple2.class),
            new TypeSerializer<?>[] {StringSerializer.INSTANCE, IntSerializer.INSTANCE}),
            i -> Tuple2.of("w" + (i % 10_000), i)),
    /** J3's {@code (key, timestamp, value)}. */
    TUPLE3_INT_LONG_LONG(new TupleSerializer<>(tupleClass(Tuple3.class),
            new TypeSerializer<?>[] {IntSerializer.INSTANCE, LongSerializer.INSTANCE, LongSerializer.INSTANCE}),
            i -> Tuple3.of(i % 1000, (long) i, i * 31L)),
    /** J4's payload: 100 bytes. */
    BYTES_100(BytePrimitiveArraySerializer.INSTANCE, i -> {
        byte[] payload = new byte[100];
        for (int b = 0; b < payload.length; b++) {
            payload[b] = (byte) (i * 31 + b);
        }
        return payload;
    });

    private final TypeSerializer<?> serializer;
    private final IntFunction<?> generator;

    RecordSamples(TypeSerializer<?> serializer, IntFunction<?> generator) {
        this.serializer = serializer;
        this.generator = generator;
    }

    /** The serializer, typed for a channel that carries any of these records. */
    @SuppressWarnings("unchecked")
    TypeSerializer<Object> serializer() {
        return (TypeSerializer<Object>) serializer;
    }

    /** {@code count} distinct values. */
    Object[] values(int count) {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = generator.apply(i);
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <X> Class<X> tupleClass(Class raw) {
        return (Class<X>) raw;
    }
}
