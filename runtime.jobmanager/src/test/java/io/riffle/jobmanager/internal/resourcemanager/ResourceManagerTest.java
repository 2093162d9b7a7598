package io.riffle.jobmanager.internal.resourcemanager;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.configuration.MemorySize;
import io.riffle.runtime.provider.ResourceProfile;
import io.riffle.runtime.provider.WorkerId;
import io.riffle.runtime.provider.WorkerSpec;
import io.riffle.runtime.status.ResourceProvidersInfo;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

public class ResourceManagerTest {

    private static final MemorySize M = MemorySize.parse("256m");
    private static final WorkerSpec SPEC = new WorkerSpec(new ResourceProfile(1, M, M, M), 2);

    private ResourceManager resourceManager = new ResourceManager(new ResourceManagerSettings("kubernetes", 2));

    @After
    public void closeResourceManager() {
        resourceManager.close();
    }

    private ResourceProvidersInfo state() throws Exception {
        return resourceManager.resourceProvidersAfterQueuedChanges().get(10, TimeUnit.SECONDS);
    }

    private void bind(TestingResourceProvider provider) {
        resourceManager.bindResourceProvider(provider, provider.properties());
    }

    @Test
    public void usesTheProviderOfTheConfiguredTypeAmongAllBoundOnes() throws Exception {
        TestingResourceProvider standalone = new TestingResourceProvider("standalone");
        TestingResourceProvider kubernetes = new TestingResourceProvider("kubernetes");
        bind(standalone);
        bind(kubernetes);

        assertEquals(new ResourceProvidersInfo("kubernetes", Optional.of("kubernetes"),
                List.of("kubernetes", "standalone"), 0), state());
        assertEquals(new WorkerId("kubernetes-1"), resourceManager.requestWorker(SPEC).get(10, TimeUnit.SECONDS));
        assertEquals(List.of(SPEC), kubernetes.started);
        assertTrue(standalone.started.isEmpty());
    }

    @Test
    public void prefersTheHighestRankingThenTheEarliestRegisteredProvider() throws Exception {
        TestingResourceProvider first = new TestingResourceProvider("kubernetes");
        TestingResourceProvider second = new TestingResourceProvider("kubernetes");
        TestingResourceProvider ranked = new TestingResourceProvider("kubernetes", 10);
        bind(second);
        bind(first);
        resourceManager.requestWorker(SPEC).get(10, TimeUnit.SECONDS);
        assertEquals(1, first.started.size());

        bind(ranked);
        resourceManager.requestWorker(SPEC).get(10, TimeUnit.SECONDS);
        assertEquals(1, ranked.started.size());
        assertTrue(second.started.isEmpty());
    }

    @Test
    public void workerRequestsWaitWhileNoProviderIsBoundAndAreServedWhenOneArrives() throws Exception {
        CompletableFuture<WorkerId> request = resourceManager.requestWorker(SPEC);
        assertEquals(1, state().pendingWorkerRequests());
        assertEquals(Optional.empty(), state().activeType());
        assertFalse(request.isDone());

        TestingResourceProvider kubernetes = new TestingResourceProvider("kubernetes");
        bind(kubernetes);

        assertEquals(new WorkerId("kubernetes-1"), request.get(10, TimeUnit.SECONDS));
        assertEquals(0, state().pendingWorkerRequests());
    }

    @Test
    public void requestsBeyondThePendingLimitFailAtOnceAndSayWhy() throws Exception {
        resourceManager.requestWorker(SPEC);
        resourceManager.requestWorker(SPEC);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> resourceManager.requestWorker(SPEC).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains(
                "2 requests already wait for a resource provider of type 'kubernetes' (limit 2"));
    }

    @Test
    public void unbindingTheProviderInUseLeavesNoneInUseAndBindingAgainRestoresIt() throws Exception {
        TestingResourceProvider kubernetes = new TestingResourceProvider("kubernetes");
        bind(kubernetes);
        assertEquals(Optional.of("kubernetes"), state().activeType());
        assertEquals(1, kubernetes.listeners.size());

        resourceManager.unbindResourceProvider(kubernetes);
        assertEquals(new ResourceProvidersInfo("kubernetes", Optional.empty(), List.of(), 0), state());
        assertTrue("the termination subscription is closed", kubernetes.listeners.isEmpty());

        bind(kubernetes);
        assertEquals(Optional.of("kubernetes"), state().activeType());
        assertEquals(1, kubernetes.listeners.size());
    }

    @Test
    public void aNewProviderTypeInTheConfigurationSwitchesProvidersWithoutARestart() throws Exception {
        TestingResourceProvider standalone = new TestingResourceProvider("standalone");
        TestingResourceProvider kubernetes = new TestingResourceProvider("kubernetes");
        bind(standalone);
        bind(kubernetes);

        resourceManager.reconfigure(new ResourceManagerSettings("standalone", 2));
        assertEquals(Optional.of("standalone"), state().activeType());
        assertTrue(kubernetes.listeners.isEmpty());
        assertEquals(1, standalone.listeners.size());

        resourceManager.reconfigure(new ResourceManagerSettings("yarn", 2));
        assertEquals(new ResourceProvidersInfo("yarn", Optional.empty(), List.of("kubernetes", "standalone"), 0),
                state());
    }

    @Test
    public void aProviderWithoutATypeIsIgnored() throws Exception {
        resourceManager.bindResourceProvider(new TestingResourceProvider("kubernetes"), java.util.Map.of());
        assertEquals(List.of(), state().boundTypes());
    }

    @Test
    public void aProviderThatCannotStartAWorkerFailsTheRequestWithItsReason() throws Exception {
        TestingResourceProvider refusing = new TestingResourceProvider("kubernetes") {
            @Override
            public CompletableFuture<WorkerId> startWorker(WorkerSpec spec) {
                throw new IllegalStateException("quota exceeded");
            }
        };
        bind(refusing);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> resourceManager.requestWorker(SPEC).get(10, TimeUnit.SECONDS));
        assertEquals("quota exceeded", e.getCause().getMessage());
    }

    @Test
    public void closingFailsWaitingRequestsInsteadOfLeavingThemHanging() {
        CompletableFuture<WorkerId> request = resourceManager.requestWorker(SPEC);
        resourceManager.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> request.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("ResourceManager stopped"));
        assertTrue(resourceManager.requestWorker(SPEC).isCompletedExceptionally());
    }

    @Test
    public void rejectsConfigurationThatNamesNoProviderOrNoRoomForRequests() {
        assertThrows(IllegalArgumentException.class, () -> new ResourceManagerSettings(" ", 1));
        assertThrows(IllegalArgumentException.class, () -> new ResourceManagerSettings("yarn", 0));
        assertEquals("yarn", new ResourceManagerSettings(" yarn ", 1).providerType());
    }
}
