package io.riffle.provider.standalone.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.configuration.MemorySize;
import io.riffle.runtime.provider.ResourceProfile;
import io.riffle.runtime.provider.WorkerId;
import io.riffle.runtime.provider.WorkerSpec;
import java.util.concurrent.ExecutionException;
import org.junit.Test;

public class StandaloneResourceProviderTest {

    private final StandaloneResourceProvider provider = new StandaloneResourceProvider();

    @Test
    public void refusesToStartWorkersAndSaysHowTaskManagersJoinInstead() {
        assertFalse(provider.canStartWorkers());
        MemorySize m = MemorySize.parse("64m");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> provider.startWorker(new WorkerSpec(new ResourceProfile(1, m, m, m), 2)).get());
        assertTrue(e.getCause() instanceof UnsupportedOperationException);
        assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("bin/riffle taskmanager"));
    }

    @Test
    public void refusesToStopWorkersItNeverStarted() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> provider.stopWorker(new WorkerId("tm-7")).get());
        assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("tm-7"));
    }
}
