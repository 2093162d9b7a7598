package io.riffle.runtime.rpc;

import static io.riffle.runtime.rpc.RawFrames.assertClosedByPeer;
import static io.riffle.runtime.rpc.RawFrames.frame;
import static io.riffle.runtime.rpc.RawFrames.header;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.rpc.TestingEchoServer.Client;
import io.riffle.runtime.rpc.TestingFaultyMessage.Fault;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.Random;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Bad bytes on one connection: the server closes exactly that connection, reports why (the reason
 * it logs, through {@link MessageHandler#onClosed}), and keeps serving connections opened before
 * and after.
 */
public class ProtocolViolationTest {

    private TestingEchoServer echo;
    private Client openedBefore;

    @Before
    public void startServerAndOneGoodConnection() throws Exception {
        echo = TestingEchoServer.start();
        openedBefore = echo.connect();
        openedBefore.assertEchoes("before");
    }

    @After
    public void stop() {
        echo.close();
    }

    @Test
    public void randomGarbageIsRejectedAsBadMagic() throws Exception {
        byte[] garbage = new byte[1000];
        new Random(42).nextBytes(garbage);
        garbage[0] = 'G';
        garbage[1] = 'E';
        assertRejected(garbage, "bad magic 0x4745, expected 0x5246 (\"RF\")");
    }

    @Test
    public void aWrongSecondMagicByteIsRejected() throws Exception {
        assertRejected(header('R', 'X', 1, TestingTextMessageCodec.TYPE_ID, 4), "bad magic 0x5258, expected 0x5246 (\"RF\")");
    }

    @Test
    public void aSingleWrongByteIsRejectedWithoutWaitingForMore() throws Exception {
        assertRejected(new byte[] {'G'}, "bad magic 0x47, expected 0x5246 (\"RF\")");
    }

    @Test
    public void anotherProtocolVersionIsRejected() throws Exception {
        assertRejected(header('R', 'F', 2, TestingTextMessageCodec.TYPE_ID, 4),
                "unsupported protocol version 2, this process speaks version 1");
    }

    @Test
    public void aNegativeLengthIsRejected() throws Exception {
        assertRejected(header('R', 'F', 1, TestingTextMessageCodec.TYPE_ID, -1), "negative frame length -1");
    }

    @Test
    public void aHugeLengthIsRejectedBeforeItsPayloadArrives() throws Exception {
        assertRejected(frame(TestingTextMessageCodec.TYPE_ID, Integer.MAX_VALUE, new byte[] {1, 2, 3}),
                "frame of 2147483647 bytes exceeds the maximum of 67108864");
    }

    @Test
    public void anUnknownTypeIdIsRejectedBeforeItsPayloadArrives() throws Exception {
        assertRejected(header('R', 'F', 1, 999, 100), "unknown message type id 999");
    }

    @Test
    public void aCodecThrowingAnIOExceptionClosesTheConnection() throws Exception {
        assertRejected(frame(TestingFaultyMessageCodec.TYPE_ID, new byte[] {(byte) Fault.DECODE_CHECKED.ordinal()}),
                "cannot decode message type 2 (TestingFaultyMessage): java.io.IOException: refusing to decode");
    }

    @Test
    public void aCodecThrowingAnUncheckedExceptionClosesTheConnection() throws Exception {
        assertRejected(frame(TestingFaultyMessageCodec.TYPE_ID, new byte[] {(byte) Fault.DECODE_UNCHECKED.ordinal()}),
                "cannot decode message type 2 (TestingFaultyMessage): java.lang.IllegalStateException: refusing to decode");
    }

    @Test
    public void aPayloadTheCodecDoesNotConsumeEntirelyIsRejected() throws Exception {
        byte[] payload = Arrays.copyOf(TestingTextMessageCodec.payloadOf("hi"), 9);
        assertRejected(frame(TestingTextMessageCodec.TYPE_ID, payload),
                "message type 1 (TestingTextMessage) left 3 of 9 payload bytes unread");
    }

    @Test
    public void aFrameTruncatedByTheClosingPeerIsReported() throws Exception {
        byte[] complete = frame(TestingTextMessageCodec.TYPE_ID, TestingTextMessageCodec.payloadOf("x".repeat(100)));
        assertRejected(Arrays.copyOf(complete, 50), "peer closed the connection in the middle of a frame: 50 of 113 bytes received");
    }

    @Test
    public void aHeaderTruncatedByTheClosingPeerIsReported() throws Exception {
        assertRejected(new byte[] {'R', 'F', 1, 0, 1}, "peer closed the connection in the middle of a frame header: 5 of 9 bytes received");
    }

    @Test
    public void goodFramesBeforeABadOneAreDelivered() throws Exception {
        byte[] good = frame(TestingTextMessageCodec.TYPE_ID, TestingTextMessageCodec.payloadOf("first"));
        byte[] bad = header('R', 'F', 1, 999, 0);
        byte[] both = Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        assertRejected(both, "unknown message type id 999");
        Object received;
        do {
            received = echo.handler.nextReceived().message(); // skipping what the good connections sent
        } while (!received.equals(new TestingTextMessage("first")));
    }

    /**
     * Sends {@code bytes} on a plain socket, then half-closes it (which completes a truncated
     * frame's story), and checks that the server closed that connection for {@code reason} while
     * the connections opened before and after it work.
     */
    private void assertRejected(byte[] bytes, String reason) throws Exception {
        try (Socket raw = new Socket(echo.address.getAddress(), echo.address.getPort())) {
            OutputStream out = raw.getOutputStream();
            out.write(bytes);
            out.flush();
            if (reason.startsWith("peer closed")) {
                raw.shutdownOutput();
            }
            TestingMessageHandler.Closed closed = echo.handler.nextClosed();
            assertEquals(raw.getLocalSocketAddress(), closed.connection().remoteAddress());
            assertTrue("expected a protocol violation, got " + closed.cause(), closed.cause() instanceof ProtocolViolationException);
            assertEquals(reason, closed.cause().getMessage());
            assertClosedByPeer(raw);
        }
        openedBefore.assertEchoes("still working");
        echo.connect().assertEchoes("after");
    }
}
