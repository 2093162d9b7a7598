package io.riffle.runtime.rpc;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.rpc.codec.MessageCodec;
import java.io.IOException;

/** Type id 2: writes the fault's ordinal, then fails where the fault says. */
final class TestingFaultyMessageCodec implements MessageCodec<TestingFaultyMessage> {

    static final int TYPE_ID = 2;

    @Override
    public int typeId() {
        return TYPE_ID;
    }

    @Override
    public Class<TestingFaultyMessage> type() {
        return TestingFaultyMessage.class;
    }

    @Override
    public void encode(TestingFaultyMessage message, DataOutputView out) throws IOException {
        out.writeByte(message.fault().ordinal());
        if (message.fault() == TestingFaultyMessage.Fault.ENCODE) {
            throw new IOException("refusing to encode");
        }
    }

    @Override
    public TestingFaultyMessage decode(DataInputView in) throws IOException {
        TestingFaultyMessage.Fault fault = TestingFaultyMessage.Fault.values()[in.readByte()];
        if (fault == TestingFaultyMessage.Fault.DECODE_UNCHECKED) {
            throw new IllegalStateException("refusing to decode");
        }
        throw new IOException("refusing to decode");
    }
}
