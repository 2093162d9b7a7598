package io.riffle.runtime.rpc.internal;

import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.rpc.RpcRequest;
import io.riffle.runtime.rpc.RpcResponse;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import io.riffle.runtime.rpc.codec.WireFormat;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * The codecs of the RPC envelopes, {@link RpcRequest} and {@link RpcResponse}, whose payloads are
 * messages of the payload registry, nested as type id, length and bytes.
 *
 * <pre>
 * RpcRequest: long callId, UTF endpoint, nullable UUID fencingToken, nested payload (present)
 * RpcResponse: long callId, nested payload, nested failure (at most one present)
 * nested: presence byte, then unsigned short type id, int length, bytes
 * </pre>
 */
final class EnvelopeCodecs {

    /** Type ids at the top of the range, clear of the cluster messages' ids. */
    static final int REQUEST_TYPE_ID = 0xFF00;
    static final int RESPONSE_TYPE_ID = 0xFF01;

    private static final int MAX_ENDPOINT_NAME = 256;

    private EnvelopeCodecs() {}

    static List<MessageCodec<?>> of(MessageCodecRegistry payloads) {
        return List.of(new RequestCodec(payloads), new ResponseCodec(payloads));
    }

    private record RequestCodec(MessageCodecRegistry payloads) implements MessageCodec<RpcRequest> {

        @Override
        public int typeId() {
            return REQUEST_TYPE_ID;
        }

        @Override
        public Class<RpcRequest> type() {
            return RpcRequest.class;
        }

        @Override
        public void encode(RpcRequest request, DataOutputView out) throws IOException {
            out.writeLong(request.callId());
            out.writeUTF(request.endpoint());
            WireFormat.writeNullable(request.fencingToken(), out, WireFormat::writeUuid);
            writeNested(request.payload(), payloads, out);
        }

        @Override
        public RpcRequest decode(DataInputView in) throws IOException {
            long callId = in.readLong();
            String endpoint = in.readUTF();
            if (endpoint.isEmpty() || endpoint.length() > MAX_ENDPOINT_NAME) {
                throw new IOException("RPC request " + callId + ": endpoint name of " + endpoint.length() + " chars");
            }
            UUID fencingToken = WireFormat.readNullable(in, "RPC request " + callId + ": fencing token", WireFormat::readUuid);
            Object payload = readNested(payloads, in);
            if (payload == null) {
                throw new IOException("RPC request " + callId + " to " + endpoint + " carries no message");
            }
            return new RpcRequest(callId, endpoint, fencingToken, payload);
        }
    }

    private record ResponseCodec(MessageCodecRegistry payloads) implements MessageCodec<RpcResponse> {

        @Override
        public int typeId() {
            return RESPONSE_TYPE_ID;
        }

        @Override
        public Class<RpcResponse> type() {
            return RpcResponse.class;
        }

        @Override
        public void encode(RpcResponse response, DataOutputView out) throws IOException {
            out.writeLong(response.callId());
            writeNested(response.payload(), payloads, out);
            writeNested(response.failure(), payloads, out);
        }

        @Override
        public RpcResponse decode(DataInputView in) throws IOException {
            long callId = in.readLong();
            Object payload = readNested(payloads, in);
            Object failure = readNested(payloads, in);
            if (failure != null && !(failure instanceof Throwable)) {
                throw new IOException("RPC response " + callId + ": the failure is a " + failure.getClass().getName());
            }
            if (payload != null && failure != null) {
                throw new IOException("RPC response " + callId + " carries both a result and a failure");
            }
            return new RpcResponse(callId, payload, (Throwable) failure);
        }
    }

    /** A presence byte, then the message's type id, length and bytes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void writeNested(Object message, MessageCodecRegistry payloads, DataOutputView out) throws IOException {
        if (message == null) {
            out.writeBoolean(false);
            return;
        }
        MessageCodec codec = payloads.forValue(message).orElseThrow(
                () -> new IOException("no codec for messages of type " + message.getClass().getName()));
        DataOutputSerializer bytes = new DataOutputSerializer(64);
        codec.encode(message, bytes);
        out.writeBoolean(true);
        out.writeShort(codec.typeId());
        out.writeInt(bytes.length());
        out.write(bytes.getSharedBuffer(), 0, bytes.length());
    }

    static Object readNested(MessageCodecRegistry payloads, DataInputView in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        int typeId = in.readUnsignedShort();
        int length = in.readInt();
        int available = in instanceof DataInputDeserializer deserializer ? deserializer.available() : Integer.MAX_VALUE;
        if (length < 0 || length > available) {
            throw new IOException("nested message of type " + typeId + " claims " + length + " bytes, " + available + " left");
        }
        MessageCodec<?> codec = payloads.forTypeId(typeId)
                .orElseThrow(() -> new IOException("unknown nested message type " + typeId));
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        DataInputDeserializer nested = new DataInputDeserializer(bytes);
        Object message = codec.decode(nested);
        if (nested.available() != 0) {
            throw new IOException("nested message of type " + typeId + " left " + nested.available() + " bytes unread");
        }
        return message;
    }
}
