package io.riffle.core.memory;

import java.io.DataInput;
import java.io.IOException;
import org.osgi.annotation.versioning.ProviderType;

/** The source a {@link io.riffle.api.common.typeutils.TypeSerializer} reads a value from. Big-endian. */
@ProviderType
public interface DataInputView extends DataInput {

    /** Reads up to {@code len} bytes into {@code b}; returns the number read, or -1 at the end. */
    int read(byte[] b, int off, int len) throws IOException;
}
