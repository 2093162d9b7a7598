package io.riffle.launcher.internal.config;

/**
 * One {@code key: value} as written in riffle.yaml or on the command line, before validation.
 *
 * @param value the text, or null where YAML gave none ({@code key:} or {@code ~})
 * @param origin where it was set, for messages: {@code conf/riffle.yaml line 12}, {@code -D key=value}
 */
public record Setting(String key, String value, String origin) {

    static Setting override(String key, String value) {
        return new Setting(key, value, "-D " + key + "=" + value);
    }
}
