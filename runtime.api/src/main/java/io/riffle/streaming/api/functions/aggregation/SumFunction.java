package io.riffle.streaming.api.functions.aggregation;

import io.riffle.api.common.functions.InvalidTypesException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Adds two values of one numeric class; chosen once per aggregation, so no type test per record. */
enum SumFunction implements Serializable {
    INT {
        @Override
        Object add(Object a, Object b) {
            return (Integer) a + (Integer) b;
        }
    },
    LONG {
        @Override
        Object add(Object a, Object b) {
            return (Long) a + (Long) b;
        }
    },
    SHORT {
        @Override
        Object add(Object a, Object b) {
            return (short) ((Short) a + (Short) b);
        }
    },
    BYTE {
        @Override
        Object add(Object a, Object b) {
            return (byte) ((Byte) a + (Byte) b);
        }
    },
    FLOAT {
        @Override
        Object add(Object a, Object b) {
            return (Float) a + (Float) b;
        }
    },
    DOUBLE {
        @Override
        Object add(Object a, Object b) {
            return (Double) a + (Double) b;
        }
    },
    BIG_INT {
        @Override
        Object add(Object a, Object b) {
            return ((BigInteger) a).add((BigInteger) b);
        }
    },
    BIG_DEC {
        @Override
        Object add(Object a, Object b) {
            return ((BigDecimal) a).add((BigDecimal) b);
        }
    };

    abstract Object add(Object a, Object b);

    static SumFunction forClass(Class<?> type, String fieldDescription) {
        if (type == Integer.class || type == int.class) {
            return INT;
        } else if (type == Long.class || type == long.class) {
            return LONG;
        } else if (type == Short.class || type == short.class) {
            return SHORT;
        } else if (type == Byte.class || type == byte.class) {
            return BYTE;
        } else if (type == Float.class || type == float.class) {
            return FLOAT;
        } else if (type == Double.class || type == double.class) {
            return DOUBLE;
        } else if (type == BigInteger.class) {
            return BIG_INT;
        } else if (type == BigDecimal.class) {
            return BIG_DEC;
        }
        throw new InvalidTypesException("cannot sum " + fieldDescription + " of type " + type.getSimpleName()
                + ": sum supports Integer, Long, Short, Byte, Float, Double, BigInteger and BigDecimal");
    }
}
