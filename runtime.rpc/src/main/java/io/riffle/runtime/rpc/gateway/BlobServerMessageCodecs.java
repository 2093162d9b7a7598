package io.riffle.runtime.rpc.gateway;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.blob.BlobChunk;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.WireCodec;
import io.riffle.runtime.rpc.codec.WireFormat;
import java.io.IOException;
import java.util.List;

/**
 * The request to the blob server and its answer.
 *
 * <pre>
 * BlobKey: string sha256 (64 lower-case hex digits), long size
 * ReadBlob: BlobKey, long offset, int maxLength
 * BlobChunk: BlobKey, long offset, bytes (int length, then the bytes)
 * </pre>
 */
final class BlobServerMessageCodecs {

    private BlobServerMessageCodecs() {}

    static List<MessageCodec<?>> codecs() {
        return List.of(
                WireCodec.of(GatewayMessageTypeIds.READ_BLOB, ReadBlob.class, BlobServerMessageCodecs::writeRead,
                        BlobServerMessageCodecs::readRead),
                WireCodec.of(GatewayMessageTypeIds.BLOB_CHUNK, BlobChunk.class, BlobServerMessageCodecs::writeChunk,
                        BlobServerMessageCodecs::readChunk));
    }

    private static void writeRead(ReadBlob request, DataOutputView out) throws IOException {
        writeKey(request.key(), out);
        out.writeLong(request.offset());
        out.writeInt(request.maxLength());
    }

    private static ReadBlob readRead(DataInputView in) throws IOException {
        BlobKey key = readKey(in);
        long offset = in.readLong();
        int maxLength = in.readInt();
        return WireFormat.construct("ReadBlob", () -> new ReadBlob(key, offset, maxLength));
    }

    private static void writeChunk(BlobChunk chunk, DataOutputView out) throws IOException {
        writeKey(chunk.key(), out);
        out.writeLong(chunk.offset());
        WireFormat.writeBytes(chunk.bytes(), out);
    }

    private static BlobChunk readChunk(DataInputView in) throws IOException {
        BlobKey key = readKey(in);
        long offset = in.readLong();
        byte[] bytes = WireFormat.readBytes(in, "blob chunk");
        return WireFormat.construct("BlobChunk", () -> new BlobChunk(key, offset, bytes));
    }

    private static void writeKey(BlobKey key, DataOutputView out) throws IOException {
        WireFormat.writeString(key.sha256(), out);
        out.writeLong(key.size());
    }

    private static BlobKey readKey(DataInputView in) throws IOException {
        String sha256 = WireFormat.readString(in, "blob key");
        long size = in.readLong();
        return WireFormat.construct("BlobKey", () -> new BlobKey(sha256, size));
    }
}
