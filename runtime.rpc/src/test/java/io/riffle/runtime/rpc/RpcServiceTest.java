package io.riffle.runtime.rpc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.runtime.rpc.codec.ClusterMessageCodecs;
import io.riffle.runtime.rpc.codec.MessageCodec;
import io.riffle.runtime.rpc.codec.MessageCodecRegistry;
import io.riffle.runtime.rpc.codec.SerializedThrowable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/** Two RPC services on loopback calling each other's endpoints. */
public class RpcServiceTest {

    private static final long WAIT_SECONDS = 30;

    private final List<RpcService> services = new ArrayList<>();

    @After
    public void closeServices() {
        services.forEach(RpcService::close);
    }

    private RpcService start(RpcSettings settings) throws Exception {
        List<MessageCodec<?>> codecs = new ArrayList<>(ClusterMessageCodecs.all());
        codecs.add(new TextCodecClearOfClusterIds());
        RpcService service = RpcService.start(new MessageCodecRegistry(codecs), TransportSettings.defaults(), settings)
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        services.add(service);
        return service;
    }

    /** The testing text codec under a type id no cluster message uses. */
    private static final class TextCodecClearOfClusterIds implements MessageCodec<TestingTextMessage> {

        private final TestingTextMessageCodec text = new TestingTextMessageCodec();

        @Override
        public int typeId() {
            return 0xF000;
        }

        @Override
        public Class<TestingTextMessage> type() {
            return TestingTextMessage.class;
        }

        @Override
        public void encode(TestingTextMessage message, DataOutputView out) throws IOException {
            text.encode(message, out);
        }

        @Override
        public TestingTextMessage decode(DataInputView in) throws IOException {
            return text.decode(in);
        }
    }

    private static Throwable failureOf(CompletableFuture<?> call) {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(WAIT_SECONDS, TimeUnit.SECONDS));
        return failure.getCause();
    }

    @Test
    public void aCallReturnsTheEndpointsAnswer() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());
        server.register("echo", request -> CompletableFuture.completedFuture(
                new TestingTextMessage("echo: " + ((TestingTextMessage) request).text())));

        TestingTextMessage answer = client.call(RpcAddress.of(server.address(), "echo"), new TestingTextMessage("hello"),
                TestingTextMessage.class).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals("echo: hello", answer.text());
    }

    @Test
    public void manyConcurrentCallsEachGetTheirOwnAnswer() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());
        server.register("upper", request -> CompletableFuture.completedFuture(
                new TestingTextMessage(((TestingTextMessage) request).text().toUpperCase())));
        List<CompletableFuture<TestingTextMessage>> calls = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            calls.add(client.call(RpcAddress.of(server.address(), "upper"), new TestingTextMessage("call " + i), TestingTextMessage.class));
        }
        for (int i = 0; i < calls.size(); i++) {
            assertEquals("CALL " + i, calls.get(i).get(WAIT_SECONDS, TimeUnit.SECONDS).text());
        }
    }

    @Test
    public void anEndpointsFailureReachesTheCallerWithItsClassAndMessage() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());
        server.register("refuse", request -> CompletableFuture.failedFuture(new IllegalStateException("slot 3 is taken")));

        Throwable failure = failureOf(client.call(RpcAddress.of(server.address(), "refuse"), new TestingTextMessage("x"), Void.class));

        assertTrue(String.valueOf(failure), failure instanceof RemoteCallException);
        assertTrue(failure.getMessage(), failure.getMessage().contains("IllegalStateException") && failure.getMessage().contains("slot 3 is taken"));
    }

    @Test
    public void callingAnEndpointThatDoesNotExistFailsNamingIt() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());

        Throwable failure = failureOf(client.call(RpcAddress.of(server.address(), "nobody"), new TestingTextMessage("x"), Void.class));

        assertTrue(failure.getMessage(), failure.getMessage().contains("no endpoint 'nobody'"));
    }

    @Test
    public void aCallWithoutAnAnswerFailsAfterTheTimeout() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(new RpcSettings(Duration.ofMillis(200), 100));
        server.register("silent", request -> new CompletableFuture<>());

        Throwable failure = failureOf(client.call(RpcAddress.of(server.address(), "silent"), new TestingTextMessage("x"), Void.class));

        assertTrue(failure.getMessage(), failure.getMessage().contains("no answer") && failure.getMessage().contains("200 ms"));
    }

    @Test
    public void losingTheConnectionFailsTheWaitingCallsAtOnce() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(new RpcSettings(Duration.ofMinutes(5), 100));
        CompletableFuture<Void> received = new CompletableFuture<>();
        server.register("silent", request -> {
            received.complete(null);
            return new CompletableFuture<>();
        });
        CompletableFuture<Void> call = client.call(RpcAddress.of(server.address(), "silent"), new TestingTextMessage("x"), Void.class);
        received.get(WAIT_SECONDS, TimeUnit.SECONDS);

        server.close();

        Throwable failure = failureOf(call);
        assertTrue(failure.getMessage(), failure.getMessage().contains("lost the connection"));
    }

    @Test
    public void callsBeyondThePendingLimitFailAtOnceInsteadOfQueueing() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(new RpcSettings(Duration.ofMinutes(5), 2));
        server.register("silent", request -> new CompletableFuture<>());
        RpcAddress silent = RpcAddress.of(server.address(), "silent");
        client.call(silent, new TestingTextMessage("1"), Void.class);
        client.call(silent, new TestingTextMessage("2"), Void.class);

        Throwable failure = failureOf(client.call(silent, new TestingTextMessage("3"), Void.class));

        assertTrue(failure.getMessage(), failure.getMessage().contains("2 calls already wait"));
    }

    @Test
    public void aCallToAProcessThatIsNotThereFailsWithTheAddress() throws Exception {
        RpcService client = start(RpcSettings.defaults());
        RpcService gone = start(RpcSettings.defaults());
        RpcAddress target = RpcAddress.of(gone.address(), "echo");
        gone.close();

        Throwable failure = failureOf(client.call(target, new TestingTextMessage("x"), Void.class));

        assertTrue(failure.getMessage(), failure.getMessage().contains(target.toString()));
    }

    @Test
    public void aFencedEndpointServesCallsCarryingItsToken() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());
        UUID session = UUID.randomUUID();
        List<Object> received = new CopyOnWriteArrayList<>();
        server.register("leader", session, request -> {
            received.add(request);
            return CompletableFuture.completedFuture(null);
        });

        assertNull(client.call(RpcAddress.of(server.address(), "leader", session), new TestingTextMessage("x"), Void.class)
                .get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of(new TestingTextMessage("x")), received);
    }

    @Test
    public void aFencedEndpointRejectsACallCarryingAnotherTokenWithoutHandlingIt() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());
        UUID current = new UUID(0, 2);
        UUID stale = new UUID(0, 1);
        server.register("leader", current, request -> {
            throw new AssertionError("a stale request reached the endpoint");
        });

        Throwable failure = failureOf(client.call(RpcAddress.of(server.address(), "leader", stale), new TestingTextMessage("x"), Void.class));

        assertTrue(String.valueOf(failure), failure instanceof RemoteCallException);
        assertEquals(FencingTokenException.class.getName(), ((SerializedThrowable) failure.getCause()).getOriginalClassName());
        assertEquals("TestingTextMessage to endpoint 'leader': fencing token " + stale + " does not match the current " + current
                + ": the request comes from a stale address of an earlier leader session and is ignored", failure.getCause().getMessage());
    }

    @Test
    public void aFencedEndpointRejectsACallWithoutAToken() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());
        server.register("leader", UUID.randomUUID(), request -> CompletableFuture.completedFuture(null));

        Throwable failure = failureOf(client.call(RpcAddress.of(server.address(), "leader"), new TestingTextMessage("x"), Void.class));

        assertTrue(failure.getMessage(), failure.getMessage().contains("carries no fencing token, but the endpoint is fenced by"));
    }

    @Test
    public void anUnfencedEndpointIgnoresTheTokenACallCarries() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());
        server.register("worker", request -> CompletableFuture.completedFuture(request));

        TestingTextMessage answer = client.call(RpcAddress.of(server.address(), "worker", UUID.randomUUID()), new TestingTextMessage("x"),
                TestingTextMessage.class).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals("x", answer.text());
    }

    @Test
    public void anEndpointThatReturnsNoFutureFailsTheCallNamingIt() throws Exception {
        RpcService server = start(RpcSettings.defaults());
        RpcService client = start(RpcSettings.defaults());
        server.register("broken", request -> null);

        Throwable failure = failureOf(client.call(RpcAddress.of(server.address(), "broken"), new TestingTextMessage("x"), Void.class));

        assertTrue(failure.getMessage(), failure.getMessage().contains("endpoint 'broken' returned no future for TestingTextMessage"));
    }
}
