package io.riffle.taskmanager.internal.network.netty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.riffle.api.common.typeutils.base.LongSerializer;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.taskmanager.internal.network.TestingConditions;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.partitioner.ForwardPartitioner;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Over real sockets: a connection that sends garbage, an oversized length, an unknown type or a
 * truncated frame is closed with a reason, and a connection opened before it keeps being served.
 */
public class DataServerBadInputTest {

    private final TestingExchange server = new TestingExchange("server-tm", 1024, 2, 0);
    private final ResultPartitionId id = TestingNetwork.newPartitionId(0);
    private final InputChannelId requested = InputChannelId.generate();
    private InetSocketAddress address;
    private RawDataConnection healthy;
    private int served = 1;

    @Before
    public void openAHealthyConnection() throws Exception {
        RecordWriter<Long> writer = TestingNetwork.writer(server.network.partition(id, 1, 16), new ForwardPartitioner<>(),
                new StreamElementSerializer<>(LongSerializer.INSTANCE), false);
        for (long i = 0; i < 500; i++) {
            writer.emit(new StreamRecord<>(i));
        }
        writer.flushAll();
        address = new InetSocketAddress(server.exchange.location().host(), server.exchange.location().dataPort());
        healthy = new RawDataConnection(address);
        healthy.send(new PartitionRequest(id, 0, requested, 1));
        readOneBuffer(0);
    }

    @After
    public void close() throws IOException {
        healthy.close();
        server.close();
    }

    private void readOneBuffer(int sequence) throws IOException {
        BufferResponse response = (BufferResponse) healthy.read();
        assertEquals(sequence, response.sequenceNumber());
        response.data().release();
    }

    /** Sends {@code bytes} on a new connection and returns the reason the server gave before closing it. */
    private String refusedWith(byte[] bytes, boolean thenShutdownOutput) throws IOException {
        try (RawDataConnection bad = new RawDataConnection(address)) {
            bad.sendBytes(bytes);
            if (thenShutdownOutput) {
                bad.shutdownOutput();
            }
            ErrorResponse error = (ErrorResponse) bad.read();
            assertTrue("closed after the error", bad.closedByServer());
            assertNull("an error of the whole connection", error.receiverId());
            return error.message();
        }
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void garbageClosesOnlyItsConnection() throws IOException {
        String reason = refusedWith("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII), false);
        assertTrue(reason, reason.contains("bad magic byte 0x47"));
        assertStillServed();
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void anOversizedLengthIsRefusedBeforeAnythingIsAllocated() throws IOException {
        ByteBuf frame = Unpooled.buffer().writeByte(0x52).writeByte(0x44).writeByte(1).writeByte(BufferResponse.TYPE_ID)
                .writeInt(Integer.MAX_VALUE - 8);
        String reason = refusedWith(bytes(frame), false);
        assertTrue(reason, reason.contains("exceeds the maximum of"));
        assertStillServed();
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void anUnknownTypeIsRefused() throws IOException {
        String reason = refusedWith(new byte[] {0x52, 0x44, 1, 99, 0, 0, 0, 0}, false);
        assertTrue(reason, reason.contains("unknown message type 99"));
        assertStillServed();
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void aTruncatedFrameClosesItsConnectionWhenThePeerStopsSending() throws IOException {
        byte[] whole = bytes(MessageCodecTest.encode(new PartitionRequest(id, 0, InputChannelId.generate(), 1)));
        byte[] truncated = new byte[whole.length - 10];
        System.arraycopy(whole, 0, truncated, 0, truncated.length);
        try (RawDataConnection bad = new RawDataConnection(address)) {
            bad.sendBytes(truncated);
            bad.shutdownOutput();
            // The peer is gone, so the reason is only logged ("in the middle of a frame"); the connection closes.
            assertTrue(bad.closedByServer());
        }
        assertStillServed();
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void aConsumerSendingProducerMessagesIsRefused() throws IOException {
        String reason = refusedWith(bytes(MessageCodecTest.encode(ErrorResponse.ofConnection("I am a server"))), false);
        assertTrue(reason, reason.contains("which only producers send"));
        assertStillServed();
    }

    private void assertStillServed() throws IOException {
        healthy.send(new AddCredit(requested, 1));
        readOneBuffer(served++);
    }

    private static byte[] bytes(ByteBuf buf) {
        byte[] array = new byte[buf.readableBytes()];
        buf.readBytes(array);
        buf.release();
        return array;
    }
}
