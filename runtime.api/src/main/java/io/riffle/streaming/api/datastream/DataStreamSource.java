package io.riffle.streaming.api.datastream;

import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.transformations.SourceTransformation;

/** The stream a source produces. */
public class DataStreamSource<T> extends SingleOutputStreamOperator<T> {

    public DataStreamSource(StreamExecutionEnvironment environment, SourceTransformation<T> transformation) {
        super(environment, transformation);
        environment.addOperator(transformation);
    }
}
