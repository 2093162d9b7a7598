package io.riffle.taskmanager.internal.network.netty;

import static org.junit.Assert.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;

/**
 * A blocking socket speaking the data protocol by hand, to send what a well-behaved client never
 * would and to see exactly what the server sends. Reads time out only to stop a hang.
 */
final class RawDataConnection implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final EmbeddedChannel decoder = new EmbeddedChannel(new MessageDecoder(ExchangeSettings.MIN_MAX_FRAME_SIZE * 4));

    RawDataConnection(InetSocketAddress server) throws IOException {
        socket = new Socket(server.getAddress(), server.getPort());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void send(NettyMessage message) throws IOException {
        ByteBuf bytes = MessageCodecTest.encode(message);
        byte[] array = new byte[bytes.readableBytes()];
        bytes.readBytes(array);
        bytes.release();
        sendBytes(array);
    }

    void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** The next message from the server, or null if it closed the connection. */
    NettyMessage read() throws IOException {
        byte[] header = new byte[DataFrameFormat.HEADER_LENGTH];
        try {
            in.readFully(header);
        } catch (EOFException | SocketException e) {
            return null; // closed, or reset because the server closed with our bytes unread
        }
        int length = Unpooled.wrappedBuffer(header).getInt(DataFrameFormat.LENGTH_OFFSET);
        byte[] payload = new byte[length];
        in.readFully(payload);
        assertTrue(decoder.writeInbound(Unpooled.wrappedBuffer(header, payload)));
        return decoder.readInbound();
    }

    /** Reads to the end of the connection; true if the server closed it (rather than the read timing out). */
    boolean closedByServer() throws IOException {
        while (true) {
            NettyMessage message = read();
            if (message == null) {
                return true;
            }
            if (message instanceof BufferResponse response) {
                response.data().release();
            }
        }
    }

    @Override
    public void close() throws IOException {
        decoder.finishAndReleaseAll();
        socket.close();
    }
}
