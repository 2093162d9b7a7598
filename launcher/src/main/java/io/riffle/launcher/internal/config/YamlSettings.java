package io.riffle.launcher.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads riffle.yaml as Flink 1.19+ reads config.yaml: standard YAML whose nested mappings are
 * flattened with dots, so {@code taskmanager: {numberOfTaskSlots: 4}} and
 * {@code taskmanager.numberOfTaskSlots: 4} are the same key. Values stay text; their type is
 * checked against the key later.
 *
 * <p>Parses to SnakeYAML Engine's node graph rather than to Java objects, because nodes keep the
 * line each key was written on, for messages. The YAML 1.2 core schema makes {@code ~}, {@code null}
 * and an empty value "no value", as most YAML users expect.
 */
final class YamlSettings {

    private YamlSettings() {
    }

    /**
     * The settings in the YAML text, in file order.
     *
     * @param label how messages name the file, e.g. {@code conf/riffle.yaml}
     * @throws InvalidConfigurationException if it is not YAML, or not a mapping of keys to single values
     */
    static List<Setting> parse(String yaml, String label) throws InvalidConfigurationException {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(label).setSchema(new CoreSchema()).build()).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            throw new InvalidConfigurationException(label + line(e.getProblemMark()) + ": not valid YAML: "
                    + oneLine(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new InvalidConfigurationException(label + ": not valid YAML: " + oneLine(e.getMessage()));
        }
        List<Setting> settings = new ArrayList<>();
        if (root.isPresent()) {
            if (!(root.get() instanceof MappingNode mapping)) {
                throw new InvalidConfigurationException(label + line(root.get().getStartMark())
                        + ": expected 'key: value' lines, found " + describe(root.get()));
            }
            flatten("", mapping, label, settings);
        }
        return settings;
    }

    private static void flatten(String prefix, MappingNode mapping, String label, List<Setting> settings)
            throws InvalidConfigurationException {
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String where = label + line(keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode scalarKey) || scalarKey.getValue().isBlank()) {
                throw new InvalidConfigurationException(where + ": expected a key name, found " + describe(keyNode));
            }
            String key = prefix + scalarKey.getValue().strip();
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode nested) {
                flatten(key + ".", nested, label, settings);
            } else if (value instanceof ScalarNode scalar) {
                settings.add(new Setting(key, scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue(), where));
            } else {
                throw new InvalidConfigurationException("configuration key '" + key + "' in " + where
                        + " expects a single value, not " + describe(value));
            }
        }
    }

    private static String line(Optional<Mark> mark) {
        return mark.map(m -> " line " + (m.getLine() + 1)).orElse("");
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return node instanceof MappingNode ? "a mapping" : "a list";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
