package io.riffle.taskmanager.internal.network.netty;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Every message survives encoding and decoding; every kind of bad frame is refused before anything is allocated for it. */
public class MessageCodecTest {

    private static final int MAX_FRAME = ExchangeSettings.MIN_MAX_FRAME_SIZE;

    /** Encodes with one channel and decodes the bytes with another, as the two ends of a connection. */
    private static NettyMessage roundTrip(NettyMessage message) {
        ByteBuf bytes = encode(message);
        EmbeddedChannel decoding = new EmbeddedChannel(new MessageDecoder(MAX_FRAME));
        assertTrue(decoding.writeInbound(bytes));
        NettyMessage decoded = decoding.readInbound();
        assertNull("one frame, one message", decoding.readInbound());
        assertFalse(decoding.finish());
        return decoded;
    }

    static ByteBuf encode(NettyMessage message) {
        EmbeddedChannel encoding = new EmbeddedChannel(MessageEncoder.INSTANCE);
        assertTrue(encoding.writeOutbound(message));
        ByteBuf all = Unpooled.buffer();
        for (ByteBuf part; (part = encoding.readOutbound()) != null; ) {
            all.writeBytes(part);
            part.release();
        }
        return all;
    }

    @Test
    public void partitionRequestRoundTrips() {
        PartitionRequest request = new PartitionRequest(TestingNetwork.newPartitionId(3), 7, InputChannelId.generate(), 2);
        assertEquals(request, roundTrip(request));
    }

    @Test
    public void bufferResponseRoundTripsWithItsBytes() {
        byte[] payload = "records of a network buffer".getBytes(StandardCharsets.UTF_8);
        InputChannelId receiver = InputChannelId.generate();
        for (boolean event : new boolean[] {false, true}) {
            BufferResponse decoded = (BufferResponse) roundTrip(new BufferResponse(receiver, 41, 5, event, Unpooled.wrappedBuffer(payload)));
            try {
                assertEquals(receiver, decoded.receiverId());
                assertEquals(41, decoded.sequenceNumber());
                assertEquals(5, decoded.backlog());
                assertEquals(event, decoded.event());
                assertArrayEquals(payload, ByteBufUtil.getBytes(decoded.data()));
            } finally {
                decoded.data().release();
            }
        }
    }

    @Test
    public void emptyBufferResponseRoundTrips() {
        BufferResponse decoded = (BufferResponse) roundTrip(new BufferResponse(InputChannelId.generate(), 0, 0, false, Unpooled.EMPTY_BUFFER));
        assertEquals(0, decoded.size());
        decoded.data().release();
    }

    @Test
    public void addCreditCancelAndErrorsRoundTrip() {
        InputChannelId receiver = InputChannelId.generate();
        assertEquals(new AddCredit(receiver, 3), roundTrip(new AddCredit(receiver, 3)));
        assertEquals(new CancelPartitionRequest(receiver), roundTrip(new CancelPartitionRequest(receiver)));
        assertEquals(new ErrorResponse(receiver, "partition released: Grüße"), roundTrip(new ErrorResponse(receiver, "partition released: Grüße")));
        assertEquals(ErrorResponse.ofConnection("bad magic"), roundTrip(ErrorResponse.ofConnection("bad magic")));
    }

    @Test
    public void longErrorMessagesAreCutToFitAFrame() {
        ErrorResponse error = ErrorResponse.ofConnection("€".repeat(100_000));
        assertEquals(ErrorResponse.MAX_MESSAGE_CHARS, error.message().length());
        assertEquals(error, roundTrip(error));
    }

    @Test
    public void messagesSplitAcrossReadsAndBatchedInOneAreDecoded() {
        InputChannelId receiver = InputChannelId.generate();
        ByteBuf stream = Unpooled.buffer();
        stream.writeBytes(encode(new AddCredit(receiver, 1)));
        stream.writeBytes(encode(new CancelPartitionRequest(receiver)));
        stream.writeBytes(encode(new AddCredit(receiver, 2)));
        EmbeddedChannel decoding = new EmbeddedChannel(new MessageDecoder(MAX_FRAME));
        while (stream.isReadable()) {
            decoding.writeInbound(stream.readRetainedSlice(Math.min(5, stream.readableBytes())));
        }
        stream.release();
        List<Object> decoded = new ArrayList<>();
        for (Object m; (m = decoding.readInbound()) != null; ) {
            decoded.add(m);
        }
        assertEquals(List.of(new AddCredit(receiver, 1), new CancelPartitionRequest(receiver), new AddCredit(receiver, 2)), decoded);
    }

    @Test
    public void invalidValuesAreRefusedByTheMessages() {
        InputChannelId receiver = InputChannelId.generate();
        assertThrows(IllegalArgumentException.class, () -> new AddCredit(receiver, 0));
        assertThrows(IllegalArgumentException.class, () -> new PartitionRequest(TestingNetwork.newPartitionId(0), -1, receiver, 1));
        assertThrows(IllegalArgumentException.class, () -> new BufferResponse(receiver, -1, 0, false, Unpooled.EMPTY_BUFFER));
    }

    // ---- bad input: each is refused with a reason, and nothing after it is decoded

    private static String refusal(byte[] bytes) {
        return refusal(Unpooled.wrappedBuffer(bytes), false);
    }

    /** Feeds bytes (and closes the input if asked) and returns the reason the decoder gave. */
    private static String refusal(ByteBuf bytes, boolean thenClose) {
        List<Throwable> errors = new ArrayList<>();
        EmbeddedChannel decoding = new EmbeddedChannel(new MessageDecoder(MAX_FRAME), new ChannelInboundHandlerAdapter() {
            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                errors.add(cause);
            }
        });
        decoding.writeInbound(bytes);
        if (thenClose) {
            decoding.close();
        }
        assertNull("nothing decoded", decoding.readInbound());
        assertEquals(String.valueOf(errors), 1, errors.size());
        assertTrue(errors.get(0) instanceof DataProtocolException);
        decoding.finishAndReleaseAll();
        return errors.get(0).getMessage();
    }

    @Test
    public void garbageIsRefusedAtItsFirstByte() {
        assertTrue(refusal("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII)).contains("bad magic byte 0x47 at offset 0"));
        assertTrue(refusal(new byte[] {0x52, 0x00}).contains("bad magic byte 0x00 at offset 1"));
    }

    @Test
    public void anotherVersionIsRefused() {
        assertTrue(refusal(new byte[] {0x52, 0x44, 9}).contains("unsupported data protocol version 9"));
    }

    @Test
    public void unknownTypeIsRefusedBeforeItsLength() {
        assertTrue(refusal(new byte[] {0x52, 0x44, 1, 42}).contains("unknown message type 42"));
    }

    @Test
    public void hugeOrNegativeLengthIsRefusedWithoutWaitingForThePayload() {
        ByteBuf huge = Unpooled.buffer().writeByte(0x52).writeByte(0x44).writeByte(1).writeByte(AddCredit.TYPE_ID).writeInt(Integer.MAX_VALUE);
        assertTrue(refusal(huge, false).contains("exceeds the maximum of " + MAX_FRAME));
        ByteBuf negative = Unpooled.buffer().writeByte(0x52).writeByte(0x44).writeByte(1).writeByte(AddCredit.TYPE_ID).writeInt(-1);
        assertTrue(refusal(negative, false).contains("exceeds the maximum"));
    }

    @Test
    public void payloadOfTheWrongLengthIsRefused() {
        ByteBuf shortCredit = Unpooled.buffer().writeByte(0x52).writeByte(0x44).writeByte(1).writeByte(AddCredit.TYPE_ID).writeInt(4)
                .writeInt(1);
        assertTrue(refusal(shortCredit, false).contains("payload of 4 bytes, its fields need 20"));
        ByteBuf lyingSize = Unpooled.buffer().writeByte(0x52).writeByte(0x44).writeByte(1).writeByte(BufferResponse.TYPE_ID)
                .writeInt(DataFrameFormat.BUFFER_RESPONSE_OVERHEAD).writeLong(1).writeLong(2).writeInt(0).writeInt(0).writeByte(0)
                .writeInt(1_000_000);
        assertTrue(refusal(lyingSize, false).contains("its fields need"));
    }

    @Test
    public void invalidFieldValuesAreRefused() {
        ByteBuf zeroCredit = Unpooled.buffer().writeByte(0x52).writeByte(0x44).writeByte(1).writeByte(AddCredit.TYPE_ID).writeInt(20)
                .writeLong(1).writeLong(2).writeInt(0);
        assertTrue(refusal(zeroCredit, false).contains("added credit must be positive"));
    }

    @Test
    public void frameCutOffByTheEndOfTheConnectionIsReported() {
        ByteBuf whole = encode(new AddCredit(InputChannelId.generate(), 1));
        ByteBuf truncated = whole.retainedSlice(0, whole.readableBytes() - 3);
        whole.release();
        assertTrue(refusal(truncated, true).contains("in the middle of a frame (25 bytes of it received)"));
    }
}
