package io.riffle.launcher.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.configuration.MemorySize;
import io.riffle.runtime.provider.ResourceProfile;
import io.riffle.runtime.provider.ResourceProvider;
import io.riffle.runtime.provider.WorkerSpec;
import io.riffle.runtime.status.ResourceManagerStatus;
import io.riffle.runtime.status.ResourceProvidersInfo;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The ResourceManager component as OSGi runs it: wired by SCR to the provider bundles, configured
 * through Configuration Admin, described by metatype, and untouched while providers come and go.
 * Each test gets a fresh framework.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class ResourceManagerIT {

    private static final String RESOURCE_MANAGER = "io.riffle.jobmanager.internal.resourcemanager.ResourceManager";
    private static final String PID = "io.riffle.resourcemanager";
    private static final String PROVIDER_REFERENCE = "ResourceProvider";

    @Inject
    private BundleContext context;
    @Inject
    private ServiceComponentRuntime scr;
    @Inject
    private ConfigurationAdmin configurationAdmin;
    @Inject
    private MetaTypeService metaType;
    @Inject
    private ResourceManagerStatus status;

    @Configuration
    public Option[] configuration() {
        return LocalClusterOptions.localCluster();
    }

    @Test
    public void theResourceManagerIsActiveAndBoundToTheStandaloneProvider() {
        ComponentConfigurationDTO resourceManager = Poll.until("the ResourceManager bound to one provider",
                this::resourceManager, c -> c.state == ComponentConfigurationDTO.ACTIVE && boundProviders(c).size() == 1);
        assertEquals("standalone", boundProviders(resourceManager).get(0).properties.get(ResourceProvider.TYPE_PROPERTY));
        assertEquals(new ResourceProvidersInfo("standalone", Optional.of("standalone"), List.of("standalone"), 0),
                Poll.until("the standalone provider in use", status::resourceProviders, i -> i.activeType().isPresent()));
    }

    @Test
    public void stoppingTheStandaloneBundleUnbindsItAndStartingItRebindsItWhileTheResourceManagerStaysActive()
            throws Exception {
        long componentId = Poll.until("the ResourceManager bound", this::resourceManager,
                c -> boundProviders(c).size() == 1).id;
        Bundle standalone = bundle("io.riffle.provider.standalone");

        standalone.stop();
        ComponentConfigurationDTO unbound = Poll.until("the provider unbound", this::resourceManager,
                c -> boundProviders(c).isEmpty());
        assertEquals("the ResourceManager stays active", ComponentConfigurationDTO.ACTIVE, unbound.state);
        assertEquals("the ResourceManager is the same instance", componentId, unbound.id);
        assertEquals(new ResourceProvidersInfo("standalone", Optional.empty(), List.of(), 0),
                Poll.until("no provider in use", status::resourceProviders, i -> i.activeType().isEmpty()));

        standalone.start();
        ComponentConfigurationDTO rebound = Poll.until("the provider bound again", this::resourceManager,
                c -> boundProviders(c).size() == 1);
        assertEquals(ComponentConfigurationDTO.ACTIVE, rebound.state);
        assertEquals(componentId, rebound.id);
        assertEquals(Optional.of("standalone"),
                Poll.until("standalone in use again", status::resourceProviders, i -> i.activeType().isPresent()).activeType());
    }

    @Test
    public void theConfigurationNamesTheProviderToUseAndChangesApplyWithoutARestart() throws Exception {
        long componentId = Poll.until("the ResourceManager bound", this::resourceManager,
                c -> boundProviders(c).size() == 1).id;
        org.osgi.service.cm.Configuration configuration = configurationAdmin.getConfiguration(PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("provider.type", "kubernetes");
        configuration.update(properties);

        ResourceProvidersInfo kubernetes = Poll.until("the kubernetes type configured", status::resourceProviders,
                i -> i.configuredType().equals("kubernetes"));
        assertEquals("no kubernetes provider is registered yet, so none is in use",
                new ResourceProvidersInfo("kubernetes", Optional.empty(), List.of("standalone"), 0), kubernetes);
        assertEquals("modified, not re-created", componentId, resourceManager().id);

        configuration.delete();
        assertEquals(Optional.of("standalone"), Poll.until("the default type again", status::resourceProviders,
                i -> i.activeType().isPresent()).activeType());
    }

    @Test
    public void theConfigurationIsDescribedByMetatypeWithItsDefaults() {
        ObjectClassDefinition definition = metaType.getMetaTypeInformation(bundle("io.riffle.runtime.jobmanager"))
                .getObjectClassDefinition(PID, null);
        assertNotNull("metatype describes " + PID, definition);
        AttributeDefinition[] attributes = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        AttributeDefinition providerType = Stream.of(attributes).filter(a -> a.getID().equals("provider.type"))
                .findFirst().orElseThrow(() -> new AssertionError("no provider.type attribute"));
        assertArrayEquals(new String[] {"standalone"}, providerType.getDefaultValue());
        assertTrue(Stream.of(attributes).anyMatch(a -> a.getID().equals("pending.worker.requests.max")));
    }

    @Test
    public void theStandaloneProviderRefusesToStartWorkersAndSaysHowTaskManagersJoin() throws Exception {
        Collection<ServiceReference<ResourceProvider>> references = context.getServiceReferences(ResourceProvider.class,
                "(" + ResourceProvider.TYPE_PROPERTY + "=standalone)");
        assertEquals(1, references.size());
        ResourceProvider standalone = context.getService(references.iterator().next());
        assertFalse(standalone.canStartWorkers());
        MemorySize m = MemorySize.parse("128m");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> standalone.startWorker(new WorkerSpec(new ResourceProfile(1, m, m, m), 1)).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("bin/riffle taskmanager"));
    }

    private ComponentConfigurationDTO resourceManager() {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bundle("io.riffle.runtime.jobmanager"),
                RESOURCE_MANAGER);
        assertNotNull("SCR knows the ResourceManager component", description);
        Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
        assertEquals(1, configurations.size());
        return configurations.iterator().next();
    }

    private static List<org.osgi.framework.dto.ServiceReferenceDTO> boundProviders(ComponentConfigurationDTO c) {
        return Stream.of(c.satisfiedReferences).filter(r -> r.name.equals(PROVIDER_REFERENCE))
                .map((SatisfiedReferenceDTO r) -> List.of(r.boundServices))
                .findFirst().orElse(List.of());
    }

    private Bundle bundle(String symbolicName) {
        return Stream.of(context.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }
}
