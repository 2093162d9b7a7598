package io.riffle.connector.datagen.source;

import io.riffle.api.common.functions.Function;
import io.riffle.api.connector.source.SourceReaderContext;
import org.osgi.annotation.versioning.ConsumerType;

/** Makes the record for an index. Each parallel reader opens its own copy first. */
@ConsumerType
@FunctionalInterface
public interface GeneratorFunction<T, O> extends Function {

    default void open(SourceReaderContext readerContext) throws Exception {}

    default void close() throws Exception {}

    O map(T value) throws Exception;
}
