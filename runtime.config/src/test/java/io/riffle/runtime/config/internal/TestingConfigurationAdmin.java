package io.riffle.runtime.config.internal;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A Configuration Admin that remembers what was stored, by PID as the real one names them
 * ({@code factoryPid~name} for named factory configurations). Supports only what
 * {@link ProcessConfigurations#apply} calls.
 */
final class TestingConfigurationAdmin {

    final Map<String, Map<String, Object>> stored = new LinkedHashMap<>();
    int updates;

    ConfigurationAdmin admin() {
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ConfigurationAdmin.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConfiguration" -> configuration((String) args[0]);
                    case "getFactoryConfiguration" -> configuration(args[0] + "~" + args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Configuration configuration(String pid) {
        return (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Configuration.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "updateIfDifferent" -> {
                        Map<String, Object> properties = toMap((Dictionary<?, ?>) args[0]);
                        boolean different = !properties.equals(stored.get(pid));
                        if (different) {
                            stored.put(pid, properties);
                            updates++;
                        }
                        yield different;
                    }
                    case "getPid" -> pid;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Map<String, Object> toMap(Dictionary<?, ?> dictionary) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Object key : Collections.list(dictionary.keys())) {
            map.put((String) key, dictionary.get(key));
        }
        return map;
    }
}
