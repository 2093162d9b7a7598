package io.riffle.runtime.rpc;

import static io.riffle.runtime.rpc.TestingMessageHandler.HANG_GUARD;
import static org.junit.Assert.assertEquals;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A server transport that echoes every message, plus a client transport to connect to it. */
final class TestingEchoServer implements AutoCloseable {

    /** A connection of the client transport and the handler recording its events. */
    record Client(Connection connection, TestingMessageHandler handler) {

        void assertEchoes(String text) throws Exception {
            await(connection.send(new TestingTextMessage(text)));
            assertEquals(new TestingTextMessage(text), handler.nextReceived().message());
        }
    }

    final TestingMessageHandler handler = TestingMessageHandler.echoing();
    final MessageTransport server;
    final MessageTransport clients;
    final InetSocketAddress address;

    TestingEchoServer(TransportSettings serverSettings, TransportSettings clientSettings) throws Exception {
        server = MessageTransport.create(TestingMessageHandler.codecs(), serverSettings);
        clients = MessageTransport.create(TestingMessageHandler.codecs(), clientSettings);
        address = await(server.bind(handler));
    }

    static TestingEchoServer start() throws Exception {
        return new TestingEchoServer(TransportSettings.defaults(), TransportSettings.defaults());
    }

    Client connect() throws Exception {
        TestingMessageHandler clientHandler = TestingMessageHandler.recording();
        return new Client(await(clients.connect(address, clientHandler)), clientHandler);
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        clients.close();
        server.close();
    }
}
