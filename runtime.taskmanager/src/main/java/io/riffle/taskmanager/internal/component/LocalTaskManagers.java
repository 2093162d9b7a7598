package io.riffle.taskmanager.internal.component;

import java.io.IOException;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the TaskManagers of the local cluster: when the framework property
 * {@value #TASK_MANAGERS} is set (the launcher sets it for {@code riffle local}), creates that many
 * TaskExecutor factory configurations with {@value #SLOTS} slots each. Without it (a JobManager or
 * TaskManager process) it does nothing.
 */
@Component(immediate = true, service = {})
public final class LocalTaskManagers {

    public static final String TASK_MANAGERS = "riffle.local.taskmanagers";
    public static final String SLOTS = "riffle.local.slots";

    private static final Logger LOG = LoggerFactory.getLogger(LocalTaskManagers.class);

    @Activate
    public LocalTaskManagers(BundleContext context, @Reference ConfigurationAdmin configurationAdmin) throws IOException {
        String taskManagers = context.getProperty(TASK_MANAGERS);
        if (taskManagers == null) {
            return;
        }
        int count = parsePositive(TASK_MANAGERS, taskManagers);
        int slots = parsePositive(SLOTS, context.getProperty(SLOTS) == null ? "1" : context.getProperty(SLOTS));
        for (int i = 0; i < count; i++) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("resource.id", "taskmanager-" + i);
            properties.put("slots", slots);
            configurationAdmin.createFactoryConfiguration(TaskExecutorComponent.FACTORY_PID, "?").update(properties);
        }
        LOG.info("local cluster: {} TaskManagers with {} slots each", count, slots);
    }

    private static int parsePositive(String key, String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("framework property " + key + " must be a positive number, got '" + value + "'", e);
        }
        throw new IllegalArgumentException("framework property " + key + " must be a positive number, got '" + value + "'");
    }
}
