/**
 * Explicit binary codecs for the messages cluster processes exchange: one {@link
 * io.riffle.runtime.rpc.codec.MessageCodec} per message type, found by type id in a {@link
 * io.riffle.runtime.rpc.codec.MessageCodecRegistry}. No Java serialization of arbitrary classes:
 * user code travels only as opaque bytes inside the messages that carry it.
 *
 * <p>The runtime implements and uses the codecs; nobody else.
 */
@Version("1.0.0")
package io.riffle.runtime.rpc.codec;

import org.osgi.annotation.versioning.Version;
