package io.riffle.taskmanager.internal.jobbundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.runtime.blob.BlobKey;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.Test;

public class JobBundlesTest {

    private static final JobID JOB = new JobID(1, 2);
    private static final BlobKey BUNDLE = new BlobKey("ab".repeat(32), 1234);
    private static final ClassLoader LOADER = new ClassLoader(null) {};

    private final InMemoryJobClassLoaders classLoaders = new InMemoryJobClassLoaders();
    private final TestingInstaller installer = new TestingInstaller();
    private final JobBundles jobBundles = new JobBundles(classLoaders, installer);

    @Test
    public void aRegisteredLoaderIsUsedWithoutInstallingAnything() {
        classLoaders.register(JOB, LOADER);

        assertSame(LOADER, jobBundles.classLoader(JOB, BUNDLE).join());
        assertEquals(List.of(), installer.installs);
        assertFalse(jobBundles.isInstalled(JOB));
    }

    @Test
    public void tasksOfOneJobShareOneInstallAndItsLoaderIsRegistered() {
        CompletableFuture<ClassLoader> first = jobBundles.classLoader(JOB, BUNDLE);
        CompletableFuture<ClassLoader> second = jobBundles.classLoader(JOB, BUNDLE);
        assertFalse(first.isDone());

        installer.pending.get(0).complete(LOADER);

        assertSame(LOADER, first.join());
        assertSame(LOADER, second.join());
        assertEquals(List.of(JOB), installer.installs);
        assertSame(LOADER, classLoaders.lookup(JOB).orElseThrow());
    }

    @Test
    public void releaseUninstallsAndUnregisters() {
        CompletableFuture<ClassLoader> loader = jobBundles.classLoader(JOB, BUNDLE);
        installer.pending.get(0).complete(LOADER);
        loader.join();

        jobBundles.release(JOB);

        assertEquals(List.of(JOB), installer.uninstalls);
        assertFalse(classLoaders.lookup(JOB).isPresent());
        assertFalse(jobBundles.isInstalled(JOB));
    }

    @Test
    public void aReleaseDuringTheInstallUninstallsOnceItEnds() {
        jobBundles.classLoader(JOB, BUNDLE);
        jobBundles.release(JOB);
        assertEquals(List.of(), installer.uninstalls);

        installer.pending.get(0).complete(LOADER);

        assertEquals(List.of(JOB), installer.uninstalls);
        assertFalse(classLoaders.lookup(JOB).isPresent());
    }

    @Test
    public void aFailedInstallIsTriedAgainByTheNextDeployment() {
        CompletableFuture<ClassLoader> failed = jobBundles.classLoader(JOB, BUNDLE);
        installer.pending.get(0).completeExceptionally(new JobBundleException("corrupt"));
        assertTrue(failed.isCompletedExceptionally());
        assertFalse(jobBundles.isInstalled(JOB));

        jobBundles.classLoader(JOB, BUNDLE);

        assertEquals(List.of(JOB, JOB), installer.installs);
    }

    @Test
    public void withoutALoaderOrABundleTheTaskCannotRun() {
        CompletableFuture<ClassLoader> none = jobBundles.classLoader(JOB, null);

        assertTrue(none.isCompletedExceptionally());
        assertTrue(none.handle((ok, failure) -> failure.getMessage()).join().contains("names no job bundle"));
    }

    /** Installs complete when the test completes them. */
    private static final class TestingInstaller implements JobBundleInstaller {

        final List<JobID> installs = new ArrayList<>();
        final List<JobID> uninstalls = new ArrayList<>();
        final List<CompletableFuture<ClassLoader>> pending = new ArrayList<>();

        @Override
        public CompletableFuture<ClassLoader> install(JobID jobId, BlobKey bundle) {
            installs.add(jobId);
            CompletableFuture<ClassLoader> install = new CompletableFuture<>();
            pending.add(install);
            return install;
        }

        @Override
        public void uninstall(JobID jobId) {
            uninstalls.add(jobId);
        }
    }
}
