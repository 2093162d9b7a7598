package io.riffle.api.common.typeinfo;

import io.riffle.api.java.typeutils.TypeExtractor;

/** Backs {@link TypeInformation#of(Class)}; the analysis itself lives in {@link TypeExtractor}. */
final class TypeInformationFactory {

    private TypeInformationFactory() {}

    static <T> TypeInformation<T> forClass(Class<T> typeClass) {
        return TypeExtractor.getForClass(typeClass);
    }
}
