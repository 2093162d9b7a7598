package io.riffle.core.io;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns objects (source splits, enumerator checkpoints) into bytes and back, tagged with a version
 * so that a newer serializer can still read what an older one wrote.
 */
@ConsumerType
public interface SimpleVersionedSerializer<E> {

    int getVersion();

    byte[] serialize(E obj) throws IOException;

    E deserialize(int version, byte[] serialized) throws IOException;
}
