package io.riffle.api.common.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where functions on a keyed stream obtain their state. Obtain each state once (in
 * {@code open()}) and use it per record: the returned object always works on the current key.
 */
@ProviderType
public interface KeyedStateStore {

    <T> ValueState<T> getState(ValueStateDescriptor<T> stateProperties);

    <T> ListState<T> getListState(ListStateDescriptor<T> stateProperties);

    <T> ReducingState<T> getReducingState(ReducingStateDescriptor<T> stateProperties);

    <IN, ACC, OUT> AggregatingState<IN, OUT> getAggregatingState(
            AggregatingStateDescriptor<IN, ACC, OUT> stateProperties);

    <UK, UV> MapState<UK, UV> getMapState(MapStateDescriptor<UK, UV> stateProperties);
}
