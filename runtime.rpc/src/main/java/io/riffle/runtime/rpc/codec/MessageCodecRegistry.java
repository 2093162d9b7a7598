package io.riffle.runtime.rpc.codec;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The codecs a process speaks, by type id and by message class. Immutable once built. */
public final class MessageCodecRegistry {

    private final Map<Integer, MessageCodec<?>> byTypeId = new HashMap<>();
    private final Map<Class<?>, MessageCodec<?>> byType = new HashMap<>();
    private final List<MessageCodec<?>> codecs;

    public MessageCodecRegistry(Collection<? extends MessageCodec<?>> codecs) {
        this.codecs = List.copyOf(codecs);
        for (MessageCodec<?> codec : codecs) {
            if (codec.typeId() < 0 || codec.typeId() > 0xFFFF) {
                throw new IllegalArgumentException("type id of " + codec.type().getName() + " must fit in 16 bits: " + codec.typeId());
            }
            MessageCodec<?> previous = byTypeId.putIfAbsent(codec.typeId(), codec);
            if (previous != null) {
                throw new IllegalArgumentException("type id " + codec.typeId() + " is used by both " + previous.type().getName()
                        + " and " + codec.type().getName());
            }
            if (byType.putIfAbsent(codec.type(), codec) != null) {
                throw new IllegalArgumentException("two codecs for " + codec.type().getName());
            }
        }
    }

    public static MessageCodecRegistry of(MessageCodec<?>... codecs) {
        return new MessageCodecRegistry(List.of(codecs));
    }

    public Optional<MessageCodec<?>> forTypeId(int typeId) {
        return Optional.ofNullable(byTypeId.get(typeId));
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<MessageCodec<T>> forType(Class<T> type) {
        return Optional.ofNullable((MessageCodec<T>) byType.get(type));
    }

    /**
     * The codec for {@code value}: the one for its class, else the one for its nearest superclass
     * that has a codec. So any exception finds the codec registered for {@link Throwable}.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<MessageCodec<? super T>> forValue(T value) {
        for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
            MessageCodec<?> codec = byType.get(type);
            if (codec != null) {
                return Optional.of((MessageCodec<? super T>) codec);
            }
        }
        return Optional.empty();
    }

    /** All codecs, in the order they were given. */
    public List<MessageCodec<?>> codecs() {
        return codecs;
    }
}
