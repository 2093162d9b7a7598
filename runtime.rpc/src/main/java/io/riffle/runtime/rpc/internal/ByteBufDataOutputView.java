package io.riffle.runtime.rpc.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.riffle.core.memory.DataOutputView;

/**
 * Lets a codec write straight into the outbound frame buffer, with no intermediate byte array.
 * {@link ByteBufOutputStream} already implements every {@code DataOutput} method as
 * {@code DataOutputStream} does, so the view only adds the Riffle type.
 */
final class ByteBufDataOutputView extends ByteBufOutputStream implements DataOutputView {

    ByteBufDataOutputView(ByteBuf buffer) {
        super(buffer);
    }
}
