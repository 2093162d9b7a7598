package io.riffle.connector.datagen.source;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.lib.IndexedSource;
import io.riffle.api.java.typeutils.ResultTypeQueryable;
import java.util.Objects;

/**
 * Generates {@code count} records, record {@code i} being {@code generatorFunction.map(i)} for
 * {@code i = 0 .. count-1}. The indexes are cut into one contiguous split per parallel reader, and
 * readers take splits as they ask; the set of records does not depend on the parallelism.
 */
public class DataGeneratorSource<OUT> extends IndexedSource<OUT> implements ResultTypeQueryable<OUT> {

    private static final long serialVersionUID = 1L;

    private final GeneratorFunction<Long, OUT> generatorFunction;
    private final TypeInformation<OUT> typeInfo;

    public DataGeneratorSource(GeneratorFunction<Long, OUT> generatorFunction, long count, TypeInformation<OUT> typeInfo) {
        super(0, count - 1);
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        this.generatorFunction = Objects.requireNonNull(generatorFunction, "generatorFunction");
        this.typeInfo = Objects.requireNonNull(typeInfo, "typeInfo");
    }

    @Override
    public TypeInformation<OUT> getProducedType() {
        return typeInfo;
    }

    @Override
    protected void openReader(SourceReaderContext context) throws Exception {
        generatorFunction.open(context);
    }

    @Override
    protected void closeReader() throws Exception {
        generatorFunction.close();
    }

    @Override
    protected OUT produce(long index) throws Exception {
        return generatorFunction.map(index);
    }
}
