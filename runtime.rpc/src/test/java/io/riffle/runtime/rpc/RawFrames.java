package io.riffle.runtime.rpc;

import static io.riffle.runtime.rpc.TestingMessageHandler.HANG_GUARD;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;

/** Frames built byte by byte, for sending what a transport never would through a plain socket. */
final class RawFrames {

    private RawFrames() {}

    static byte[] header(int magic0, int magic1, int version, int typeId, int length) {
        return ByteBuffer.allocate(9).put((byte) magic0).put((byte) magic1).put((byte) version).putShort((short) typeId)
                .putInt(length).array();
    }

    static byte[] frame(int typeId, int length, byte[] payload) {
        return ByteBuffer.allocate(9 + payload.length).put(header('R', 'F', 1, typeId, length)).put(payload).array();
    }

    static byte[] frame(int typeId, byte[] payload) {
        return frame(typeId, payload.length, payload);
    }

    /** Fails unless the peer closes the socket (a reset counts: unread bytes make the close one). */
    static void assertClosedByPeer(Socket socket) throws IOException {
        socket.setSoTimeout((int) HANG_GUARD.toMillis());
        InputStream in = socket.getInputStream();
        try {
            while (in.read() != -1) {
                // the server sends nothing on a rejected connection, but skip whatever arrives
            }
        } catch (SocketTimeoutException e) {
            fail("the server did not close the connection within " + HANG_GUARD);
        } catch (SocketException reset) {
            // closed with our bytes still unread
        }
    }
}
