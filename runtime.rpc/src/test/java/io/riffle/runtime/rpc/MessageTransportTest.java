package io.riffle.runtime.rpc;

import static io.riffle.runtime.rpc.TestingEchoServer.await;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.riffle.runtime.rpc.TestingEchoServer.Client;
import io.riffle.runtime.rpc.TestingFaultyMessage.Fault;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class MessageTransportTest {

    private TestingEchoServer echo;

    @Before
    public void startServer() throws Exception {
        echo = TestingEchoServer.start();
    }

    @After
    public void stop() {
        echo.close();
    }

    @Test
    public void bindingToPortZeroPicksAFreePort() {
        assertNotEquals(0, echo.address.getPort());
        assertEquals(TransportSettings.DEFAULT_BIND_HOST, echo.address.getAddress().getHostAddress());
    }

    @Test
    public void manyMessagesRoundTripInOrderOnTheIoThreads() throws Exception {
        Client client = echo.connect();
        assertEquals(echo.address, client.connection().remoteAddress());
        for (int i = 0; i < 1000; i++) {
            client.connection().send(new TestingTextMessage("message " + i));
        }
        for (int i = 0; i < 1000; i++) {
            TestingMessageHandler.Received received = client.handler().nextReceived();
            assertEquals(new TestingTextMessage("message " + i), received.message());
            assertTrue(received.thread(), received.thread().startsWith("riffle-rpc"));
        }
    }

    @Test
    public void concurrentClientsEachGetTheirOwnMessagesBack() throws Exception {
        int clients = 4;
        int messages = 500;
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        try {
            List<Client> connected = new ArrayList<>();
            List<CompletableFuture<Void>> sending = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Client client = echo.connect();
                connected.add(client);
                String name = "client " + c;
                sending.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < messages; i++) {
                        client.connection().send(new TestingTextMessage(name + " message " + i));
                    }
                }, senders));
            }
            await(CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)));
            for (int c = 0; c < clients; c++) {
                for (int i = 0; i < messages; i++) {
                    assertEquals(new TestingTextMessage("client " + c + " message " + i),
                            connected.get(c).handler().nextReceived().message());
                }
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    public void theServerTellsItsHandlerWhoConnected() throws Exception {
        Client client = echo.connect();
        Connection accepted = echo.handler.nextConnected();
        await(accepted.send(new TestingTextMessage("from the server")));
        assertEquals(new TestingTextMessage("from the server"), client.handler().nextReceived().message());
        assertSame(client.connection(), client.handler().nextConnected());
    }

    @Test
    public void aMessageOfManyTcpSegmentsArrivesWhole() throws Exception {
        String big = "0123456789abcdef".repeat(256 * 1024); // 4 MiB
        echo.connect().assertEchoes(big);
    }

    @Test
    public void aFrameWrittenByHandIsDecodedAndTheReplyHasTheDocumentedLayout() throws Exception {
        byte[] frame = RawFrames.frame(TestingTextMessageCodec.TYPE_ID, TestingTextMessageCodec.payloadOf("hello"));
        try (Socket raw = new Socket(echo.address.getAddress(), echo.address.getPort())) {
            OutputStream out = raw.getOutputStream();
            // An incomplete frame is simply waited for: send it in two parts, with another
            // connection's round trip in between.
            out.write(frame, 0, 7);
            out.flush();
            echo.connect().assertEchoes("meanwhile");
            out.write(frame, 7, frame.length - 7);
            out.flush();
            raw.setSoTimeout((int) TestingMessageHandler.HANG_GUARD.toMillis());
            byte[] reply = new byte[frame.length];
            new DataInputStream(raw.getInputStream()).readFully(reply);
            assertArrayEquals(frame, reply);
        }
    }

    @Test
    public void aFrameOfExactlyTheMaximumSizeIsAcceptedAndOneByteMoreIsNot() throws Exception {
        echo.close();
        echo = new TestingEchoServer(TransportSettings.defaults().withMaxFrameSize(1024), TransportSettings.defaults());
        Client before = echo.connect();
        before.assertEchoes("x".repeat(1020)); // 4 bytes of length + 1020 = 1024

        Client tooBig = echo.connect();
        await(tooBig.connection().send(new TestingTextMessage("x".repeat(1021))));
        TestingMessageHandler.Closed closed = echo.handler.nextClosed();
        assertEquals("frame of 1025 bytes exceeds the maximum of 1024", closed.cause().getMessage());
        await(tooBig.connection().closeFuture());

        before.assertEchoes("still working");
        echo.connect().assertEchoes("after");
    }

    @Test
    public void aMessageAboveTheSendersMaximumFailsToSendAndTheConnectionStaysUsable() throws Exception {
        echo.close();
        echo = new TestingEchoServer(TransportSettings.defaults(), TransportSettings.defaults().withMaxFrameSize(1024));
        Client client = echo.connect();
        Throwable failure = sendFailure(client.connection(), new TestingTextMessage("x".repeat(1021)));
        assertTrue(failure.toString(), failure instanceof IllegalArgumentException);
        assertEquals("encoding of io.riffle.runtime.rpc.TestingTextMessage exceeds the maximum frame size of 1024 bytes",
                failure.getMessage());
        client.assertEchoes("x".repeat(1020));
    }

    @Test
    public void aMessageWithoutCodecFailsToSendAndTheConnectionStaysUsable() throws Exception {
        Client client = echo.connect();
        Throwable failure = sendFailure(client.connection(), "a plain string");
        assertEquals("no codec for message class java.lang.String", failure.getMessage());
        client.assertEchoes("still working");
    }

    @Test
    public void aCodecFailingToEncodeFailsTheSendAndTheConnectionStaysUsable() throws Exception {
        Client client = echo.connect();
        client.assertEchoes("before");
        Throwable failure = sendFailure(client.connection(), new TestingFaultyMessage(Fault.ENCODE));
        assertTrue(failure.toString(), failure instanceof IOException);
        assertEquals("refusing to encode", failure.getMessage());
        client.assertEchoes("after");
    }

    @Test
    public void closingAConnectionTellsBothSidesWithoutCause() throws Exception {
        Client client = echo.connect();
        client.assertEchoes("hello");
        await(client.connection().close());
        TestingMessageHandler.Closed clientSide = client.handler().nextClosed();
        assertSame(client.connection(), clientSide.connection());
        assertNull(clientSide.cause());
        assertNull(echo.handler.nextClosed().cause());

        Throwable failure = sendFailure(client.connection(), new TestingTextMessage("too late"));
        assertTrue(failure.toString(), failure instanceof IOException);
        assertEquals("cannot send io.riffle.runtime.rpc.TestingTextMessage: connection to " + echo.address + " is closed",
                failure.getMessage());
    }

    @Test
    public void closingTheTransportClosesItsConnectionsAndRefusesNewOnes() throws Exception {
        Client client = echo.connect();
        client.assertEchoes("hello");
        echo.server.close();
        await(client.connection().closeFuture());
        assertNull(echo.handler.nextClosed().cause());
        try {
            await(echo.server.bind(echo.handler));
            fail("bound after close");
        } catch (ExecutionException expected) {
            assertTrue(expected.getCause() instanceof IllegalStateException);
        }
        echo.server.close(); // idempotent
    }

    @Test
    public void connectingToAClosedPortFails() throws Exception {
        echo.server.close();
        try {
            await(echo.clients.connect(echo.address, TestingMessageHandler.recording()));
            fail("connected to a closed port");
        } catch (ExecutionException expected) {
            assertTrue(expected.getCause().toString(), expected.getCause() instanceof ConnectException);
        }
    }

    @Test
    public void aPeerThatDoesNotReadMakesTheConnectionUnwritableUntilItReads() throws Exception {
        try (ServerSocket slowPeer = new ServerSocket(0, 1, echo.address.getAddress())) {
            Connection connection = await(echo.clients.connect((InetSocketAddress) slowPeer.getLocalSocketAddress(),
                    TestingMessageHandler.recording()));
            try (Socket peer = slowPeer.accept()) {
                TestingTextMessage chunk = new TestingTextMessage("x".repeat(256 * 1024));
                CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
                int sent = 0;
                while (connection.isWritable()) {
                    assertTrue("still writable after " + sent + " messages of 256 KiB", sent < 1024);
                    CompletableFuture<Void> written = connection.send(chunk);
                    last = written;
                    sent++;
                    waitUntil(() -> written.isDone() || !connection.isWritable());
                }
                // The peer starts reading: everything queued gets written, and the connection
                // is writable again.
                CompletableFuture<Void> draining = CompletableFuture.runAsync(() -> drain(peer));
                await(last);
                // Netty completes the write before it lowers the pending byte count.
                waitUntil(connection::isWritable);
                peer.close();
                draining.exceptionally(t -> null).join();
            }
        }
    }

    private static void drain(Socket peer) {
        byte[] buffer = new byte[64 * 1024];
        try {
            while (peer.getInputStream().read(buffer) != -1) {
                // discard
            }
        } catch (IOException closed) {
            // the test closed it
        }
    }

    /** Polls {@code condition} to a deadline: only for states the API offers no future for. */
    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TestingMessageHandler.HANG_GUARD.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("condition not met within " + TestingMessageHandler.HANG_GUARD);
            }
            LockSupport.parkNanos(100_000);
        }
    }

    private static Throwable sendFailure(Connection connection, Object message) throws Exception {
        try {
            await(connection.send(message));
            throw new AssertionError("sending " + message + " succeeded");
        } catch (ExecutionException expected) {
            return expected.getCause();
        }
    }
}
