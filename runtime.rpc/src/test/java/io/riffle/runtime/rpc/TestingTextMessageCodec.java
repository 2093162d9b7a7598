package io.riffle.runtime.rpc;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.rpc.codec.MessageCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Type id 1: an int32 byte count, then the text as UTF-8. */
final class TestingTextMessageCodec implements MessageCodec<TestingTextMessage> {

    static final int TYPE_ID = 1;
    private static final int MAX_TEXT_BYTES = 64 * 1024 * 1024;

    @Override
    public int typeId() {
        return TYPE_ID;
    }

    @Override
    public Class<TestingTextMessage> type() {
        return TestingTextMessage.class;
    }

    @Override
    public void encode(TestingTextMessage message, DataOutputView out) throws IOException {
        byte[] utf8 = message.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Override
    public TestingTextMessage decode(DataInputView in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT_BYTES) {
            throw new IOException("text length " + length + " outside 0.." + MAX_TEXT_BYTES);
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new TestingTextMessage(new String(utf8, StandardCharsets.UTF_8));
    }

    /** The payload this codec writes for {@code text}, for tests that build frames by hand. */
    static byte[] payloadOf(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[4 + utf8.length];
        java.nio.ByteBuffer.wrap(payload).putInt(utf8.length).put(utf8);
        return payload;
    }
}
