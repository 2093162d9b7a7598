package io.riffle.api.common.typeutils.base;

import static io.riffle.api.common.typeutils.SerializerRoundTrip.assertRoundTripsInSequence;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.javaSerialized;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.roundTrip;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.serialize;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.common.typeutils.base.array.BytePrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.CharPrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.DoublePrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.IntPrimitiveArraySerializer;
import io.riffle.api.common.typeutils.base.array.LongPrimitiveArraySerializer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.Test;

public class BasicSerializersTest {

    @Test
    public void numbersBooleansAndCharsRoundTripIncludingExtremes() throws Exception {
        assertRoundTripsInSequence(LongSerializer.INSTANCE, 0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
        assertRoundTripsInSequence(IntSerializer.INSTANCE, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertRoundTripsInSequence(ShortSerializer.INSTANCE, (short) 0, Short.MIN_VALUE, Short.MAX_VALUE);
        assertRoundTripsInSequence(ByteSerializer.INSTANCE, (byte) 0, Byte.MIN_VALUE, Byte.MAX_VALUE);
        assertRoundTripsInSequence(BooleanSerializer.INSTANCE, true, false);
        assertRoundTripsInSequence(CharSerializer.INSTANCE, 'a', '\u00e9', '\uffff');
        assertRoundTripsInSequence(FloatSerializer.INSTANCE, 1.5f, Float.NaN, Float.NEGATIVE_INFINITY, -0.0f);
        assertRoundTripsInSequence(DoubleSerializer.INSTANCE, 1.5d, Double.NaN, Double.MAX_VALUE, -0.0d);
        assertNull(roundTrip(VoidSerializer.INSTANCE, null));
    }

    @Test
    public void bigNumbersAndInstantsRoundTripWithNulls() throws Exception {
        assertRoundTripsInSequence(BigIntSerializer.INSTANCE,
                BigInteger.ZERO, null, new BigInteger("-123456789012345678901234567890"), BigInteger.ONE);
        assertRoundTripsInSequence(BigDecSerializer.INSTANCE,
                new BigDecimal("3.14159"), null, new BigDecimal("-1E+40"), BigDecimal.ZERO);
        assertRoundTripsInSequence(InstantSerializer.INSTANCE,
                Instant.ofEpochSecond(1_700_000_000L, 123_456_789), null, Instant.MIN, Instant.MAX);
    }

    @Test
    public void stringsRoundTripIncludingNullEmptyNonAsciiAndLong() throws Exception {
        String astral = "emoji \uD83D\uDE00 and CJK \u4E2D\u6587, Latin-1 \u00fc\u00df, high \uFFFF and \u3FFF\u4000";
        String longString = "x".repeat(100_000) + "\u00e9".repeat(10_000);
        assertRoundTripsInSequence(StringSerializer.INSTANCE, "hello", null, "", astral, longString, "\u0000\u007f\u0080");
    }

    @Test
    public void asciiStringsTakeOneBytePerCharPlusTheLength() throws Exception {
        assertEquals(6, serialize(StringSerializer.INSTANCE, "hello").length);
        assertEquals(1, serialize(StringSerializer.INSTANCE, null).length);
        assertEquals(1, serialize(StringSerializer.INSTANCE, "").length);
        // 200 chars need a two-byte length
        assertEquals(202, serialize(StringSerializer.INSTANCE, "a".repeat(200)).length);
    }

    @Test
    public void primitiveArraysRoundTripIncludingEmptyOnes() throws Exception {
        assertArrayEquals(new byte[0], roundTrip(BytePrimitiveArraySerializer.INSTANCE, new byte[0]));
        assertArrayEquals(new byte[] {1, -2, 127}, roundTrip(BytePrimitiveArraySerializer.INSTANCE, new byte[] {1, -2, 127}));
        assertArrayEquals(new int[] {1, Integer.MIN_VALUE}, roundTrip(IntPrimitiveArraySerializer.INSTANCE, new int[] {1, Integer.MIN_VALUE}));
        assertArrayEquals(new long[] {}, roundTrip(LongPrimitiveArraySerializer.INSTANCE, new long[] {}));
        assertArrayEquals(new double[] {0.5, -1}, roundTrip(DoublePrimitiveArraySerializer.INSTANCE, new double[] {0.5, -1}), 0);
        assertArrayEquals(new char[] {'a', '\u4E2D'}, roundTrip(CharPrimitiveArraySerializer.INSTANCE, new char[] {'a', '\u4E2D'}));
    }

    @Test
    public void primitiveArrayCopiesAreIndependent() {
        byte[] original = {1, 2, 3};
        byte[] copy = BytePrimitiveArraySerializer.INSTANCE.copy(original);
        copy[0] = 9;
        assertEquals(1, original[0]);
    }

    @Test
    public void nullPrimitiveArrayIsRejectedWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> serialize(BytePrimitiveArraySerializer.INSTANCE, null));
        assertEquals(true, e.getMessage().contains("byte[]"));
    }

    @Test
    public void singletonSerializersStaySingletonsAfterJavaSerialization() throws Exception {
        for (TypeSerializer<?> serializer : new TypeSerializer<?>[] {
                StringSerializer.INSTANCE, LongSerializer.INSTANCE, IntSerializer.INSTANCE, InstantSerializer.INSTANCE,
                BigDecSerializer.INSTANCE, BytePrimitiveArraySerializer.INSTANCE, VoidSerializer.INSTANCE}) {
            assertSame(serializer, javaSerialized(serializer));
            assertSame(serializer, serializer.duplicate());
        }
        assertEquals("\u00e9t\u00e9", roundTrip(javaSerialized(StringSerializer.INSTANCE), "\u00e9t\u00e9"));
    }
}
