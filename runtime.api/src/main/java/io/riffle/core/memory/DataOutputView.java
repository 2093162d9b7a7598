package io.riffle.core.memory;

import java.io.DataOutput;
import org.osgi.annotation.versioning.ProviderType;

/** The target a {@link io.riffle.api.common.typeutils.TypeSerializer} writes a value to. Big-endian. */
@ProviderType
public interface DataOutputView extends DataOutput {}
