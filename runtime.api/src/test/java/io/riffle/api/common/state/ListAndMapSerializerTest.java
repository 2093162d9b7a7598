package io.riffle.api.common.state;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ListAndMapSerializerTest {

    @Test
    public void listStateEntriesRoundTrip() throws Exception {
        ListStateDescriptor<String> descriptor = new ListStateDescriptor<>("l", TestingStringTypeInformation.INSTANCE);
        descriptor.initializeSerializerUnlessSet(new SerializerConfig());
        List<String> list = new ArrayList<>(Arrays.asList("a", "", "ccc"));

        assertEquals(list, roundTrip(descriptor.getSerializer(), list));
        assertEquals(list, descriptor.getSerializer().copy(list));
    }

    @Test
    public void mapStateEntriesRoundTripIncludingNullValues() throws Exception {
        MapStateDescriptor<String, String> descriptor = new MapStateDescriptor<>(
                "m", TestingStringTypeInformation.INSTANCE, TestingStringTypeInformation.INSTANCE);
        descriptor.initializeSerializerUnlessSet(new SerializerConfig());
        Map<String, String> map = new HashMap<>();
        map.put("a", "1");
        map.put("b", null);

        assertEquals(map, roundTrip(descriptor.getSerializer(), map));
        assertEquals(map, descriptor.getSerializer().copy(map));
    }

    private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
