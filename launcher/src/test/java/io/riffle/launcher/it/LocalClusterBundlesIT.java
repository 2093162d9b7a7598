package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/** The bundles of the local run descriptor in a real Felix framework. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LocalClusterBundlesIT {

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return LocalClusterOptions.localCluster();
    }

    @Test
    public void everyRiffleBundleResolvesAndIsActive() {
        Map<String, String> riffle = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("io.riffle.")) {
                riffle.put(bundle.getSymbolicName(), state(bundle));
            }
        }
        Map<String, String> expected = LocalClusterOptions.RIFFLE_BUNDLES.stream()
                .collect(Collectors.toMap(name -> name, name -> "ACTIVE", (a, b) -> a, TreeMap::new));
        assertEquals(expected, riffle);
    }

    @Test
    public void everyBundleOfTheRunDescriptorIsActive() {
        List<String> notActive = Stream.of(context.getBundles())
                .filter(b -> (b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0)
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + " " + state(b))
                .toList();
        assertEquals("bundles that did not start", List.of(), notActive);

        List<String> installed = Stream.of(context.getBundles()).map(Bundle::getSymbolicName).toList();
        List<String> missing = LocalClusterOptions.exportedBundles().stream().map(LocalClusterOptions::symbolicName)
                .filter(name -> !name.equals(LocalClusterOptions.SHELL) && !installed.contains(name)).toList();
        assertEquals("exported bundles that are not installed", List.of(), missing);
    }

    @Test
    public void onlyTheContractBundlesExportAndOnlyVersionedNonInternalPackages() {
        Map<String, Map<String, Version>> exports = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("io.riffle.")) {
                Map<String, Version> packages = new TreeMap<>();
                for (BundleCapability export : bundle.adapt(BundleWiring.class).getCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
                    packages.put((String) export.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE),
                            (Version) export.getAttributes().get("version"));
                }
                if (!packages.isEmpty()) {
                    exports.put(bundle.getSymbolicName(), packages);
                }
            }
        }
        assertEquals("bundles that export packages", Set.of("io.riffle.runtime.api", "io.riffle.runtime.cluster"), exports.keySet());
        Version v1 = new Version(1, 0, 0);
        for (Map.Entry<String, Map<String, Version>> bundle : exports.entrySet()) {
            bundle.getValue().forEach((name, version) -> {
                assertFalse(bundle.getKey() + " exports the implementation package " + name, name.contains(".internal"));
                assertTrue(bundle.getKey() + " exports " + name + " without a version", version.compareTo(v1) >= 0);
            });
        }
        assertEquals(v1, exports.get("io.riffle.runtime.api").get("io.riffle.streaming.api.datastream"));
        assertEquals(v1, exports.get("io.riffle.runtime.cluster").get("io.riffle.runtime.jobgraph"));
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            default -> "state " + bundle.getState();
        };
    }
}
