package io.riffle.api.java.typeutils;

import io.riffle.api.common.typeinfo.TypeInformation;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by functions and sources that know the type they produce, so the type extractor
 * need not guess it from generics.
 */
@ConsumerType
public interface ResultTypeQueryable<T> {

    TypeInformation<T> getProducedType();
}
