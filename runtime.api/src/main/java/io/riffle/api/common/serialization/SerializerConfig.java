package io.riffle.api.common.serialization;

import java.io.Serializable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Serialization settings of a job. Riffle needs none yet: every supported type has a built-in
 * serializer, and there is no generic (Kryo) fallback to register types with.
 */
@ProviderType
public final class SerializerConfig implements Serializable {

    private static final long serialVersionUID = 1L;

    public SerializerConfig() {}
}
