package io.riffle.runtime.rpc;

import static org.junit.Assert.assertNotNull;

import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records every event of its connections for a test to take in order; an echoing one also sends
 * each message back. The queues are unbounded: fine for a test, whose volumes are known.
 */
final class TestingMessageHandler implements MessageHandler {

    /** Only to stop a hang: every wait below normally returns in milliseconds. */
    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    record Received(Connection connection, Object message, String thread) {}

    record Closed(Connection connection, Throwable cause) {}

    private final boolean echo;
    private final BlockingQueue<Connection> connected = new LinkedBlockingQueue<>();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Closed> closed = new LinkedBlockingQueue<>();

    private TestingMessageHandler(boolean echo) {
        this.echo = echo;
    }

    static TestingMessageHandler recording() {
        return new TestingMessageHandler(false);
    }

    static TestingMessageHandler echoing() {
        return new TestingMessageHandler(true);
    }

    static MessageCodecRegistry codecs() {
        return MessageCodecRegistry.of(new TestingTextMessageCodec(), new TestingFaultyMessageCodec());
    }

    @Override
    public void onConnected(Connection connection) {
        connected.add(connection);
    }

    @Override
    public void onMessage(Connection connection, Object message) {
        received.add(new Received(connection, message, Thread.currentThread().getName()));
        if (echo) {
            connection.send(message);
        }
    }

    @Override
    public void onClosed(Connection connection, Throwable causeOrNull) {
        closed.add(new Closed(connection, causeOrNull));
    }

    Connection nextConnected() throws InterruptedException {
        return take(connected, "connection");
    }

    Received nextReceived() throws InterruptedException {
        return take(received, "message");
    }

    Closed nextClosed() throws InterruptedException {
        return take(closed, "closed connection");
    }

    private static <T> T take(BlockingQueue<T> queue, String what) throws InterruptedException {
        T next = queue.poll(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull("no " + what + " within " + HANG_GUARD, next);
        return next;
    }
}
