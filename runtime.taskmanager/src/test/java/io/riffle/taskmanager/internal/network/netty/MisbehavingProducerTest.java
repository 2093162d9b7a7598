package io.riffle.taskmanager.internal.network.netty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.ResultPartitionId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.taskmanager.internal.network.TestingConditions;
import io.riffle.taskmanager.internal.network.TestingNetwork;
import io.riffle.taskmanager.internal.network.gate.BufferOrEvent;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/**
 * A data server (a hand-written one here) that sends beyond the credit it got, or out of sequence,
 * breaks the protocol: the consumer closes the connection and its channels fail, after handing
 * over what arrived legitimately.
 */
public class MisbehavingProducerTest {

    private final TestingExchange consumerSide = new TestingExchange("consumer-tm", 1024, 2, 0);
    private final ServerSocket fakeServer;
    /** Released by the gate's availability listener: the test sleeps on it instead of spinning. */
    private final Semaphore available = new Semaphore(0);

    public MisbehavingProducerTest() throws IOException {
        fakeServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        fakeServer.setSoTimeout((int) TestingConditions.DEADLINE_MILLIS);
    }

    @After
    public void close() throws IOException {
        fakeServer.close();
        consumerSide.close();
    }

    private SingleInputGate startConsumer(ResultPartitionId id, TaskManagerLocation producer) {
        SingleInputGate gate = new SingleInputGate("Consumer (1/1)", 1);
        gate.setInputChannel(consumerSide.exchange.createInputChannel(gate, 0, id, 0, producer, consumerSide.network.bufferPool, null));
        gate.setAvailabilityListener(available::release);
        gate.requestPartitions();
        return gate;
    }

    private SingleInputGate startConsumer(ResultPartitionId id) {
        return startConsumer(id, new TaskManagerLocation(new ResourceId("fake-tm"), "127.0.0.1", fakeServer.getLocalPort()));
    }

    /** Accepts the consumer's connection and reads its partition request. */
    private static PartitionRequest acceptRequest(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] frame = new byte[DataFrameFormat.HEADER_LENGTH + DataFrameFormat.PARTITION_REQUEST_LENGTH];
        in.readFully(frame);
        EmbeddedChannel decoder = new EmbeddedChannel(new MessageDecoder(ExchangeSettings.MIN_MAX_FRAME_SIZE));
        decoder.writeInbound(Unpooled.wrappedBuffer(frame));
        return decoder.readInbound();
    }

    private static void send(Socket socket, BufferResponse response) throws IOException {
        ByteBuf bytes = MessageCodecTest.encode(response);
        byte[] array = new byte[bytes.readableBytes()];
        bytes.readBytes(array);
        bytes.release();
        OutputStream out = socket.getOutputStream();
        out.write(array);
        out.flush();
    }

    private static BufferResponse buffer(InputChannelId receiver, int sequence) {
        return new BufferResponse(receiver, sequence, 0, false, Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 0}));
    }

    /** Reads the gate as a task does until it throws; returns how many buffers came first. */
    private int buffersBeforeFailure(SingleInputGate gate, IOException[] failure) throws InterruptedException {
        int buffers = 0;
        while (true) {
            try {
                Optional<BufferOrEvent> next = gate.pollNext();
                if (next.isPresent()) {
                    next.get().buffer().recycle();
                    buffers++;
                } else if (!available.tryAcquire(TestingConditions.DEADLINE_MILLIS, TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("the channel neither delivered nor failed within " + TestingConditions.DEADLINE_MILLIS + " ms");
                }
            } catch (IOException e) {
                failure[0] = e;
                return buffers;
            }
        }
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void aBufferSentWithoutCreditFailsTheChannelAfterTheCreditedOnes() throws Exception {
        SingleInputGate gate = startConsumer(TestingNetwork.newPartitionId(0));
        try (Socket socket = fakeServer.accept()) {
            PartitionRequest request = acceptRequest(socket);
            assertEquals("initial credit: the exclusive buffers", 2, request.credit());
            for (int sequence = 0; sequence <= request.credit(); sequence++) {
                send(socket, buffer(request.receiverId(), sequence)); // one more than the credit
            }
            // The consumer must not have read anything yet for this to be a violation: nothing polls the gate before here.
            TestingConditions.waitUntil("the consumer closes the connection", () -> consumerSide.exchange.numberOfClientConnections() == 0);
            IOException[] failure = new IOException[1];
            assertEquals("the credited buffers are delivered", 2, buffersBeforeFailure(gate, failure));
            assertTrue(failure[0].getMessage(), failure[0].getMessage().contains("without credit"));
        }
        gate.close();
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void aBufferOutOfSequenceFailsTheChannel() throws Exception {
        SingleInputGate gate = startConsumer(TestingNetwork.newPartitionId(0));
        try (Socket socket = fakeServer.accept()) {
            PartitionRequest request = acceptRequest(socket);
            send(socket, buffer(request.receiverId(), 0));
            send(socket, buffer(request.receiverId(), 2));
            IOException[] failure = new IOException[1];
            assertEquals(1, buffersBeforeFailure(gate, failure));
            assertTrue(failure[0].getMessage(), failure[0].getMessage().contains("expected buffer #1 but got #2"));
        }
        gate.close();
    }

    @Test(timeout = TestingConditions.DEADLINE_MILLIS * 2)
    public void aServerThatCannotBeReachedFailsTheChannel() throws Exception {
        int port = fakeServer.getLocalPort();
        fakeServer.close();
        TaskManagerLocation gone = new TaskManagerLocation(new ResourceId("gone-tm"), "127.0.0.1", port);
        SingleInputGate gate = startConsumer(TestingNetwork.newPartitionId(0), gone);
        IOException[] failed = new IOException[1];
        assertEquals(0, buffersBeforeFailure(gate, failed));
        IOException failure = failed[0];
        assertTrue(failure.getMessage(), failure.getMessage().contains("cannot connect to the data server of gone-tm"));
        gate.close();
    }
}
