package io.riffle.launcher.internal.cli;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Defaults for the SLF4J provider inside the framework (slf4j-simple reads system properties);
 * a {@code -D} on the command line wins over each of them. Also quiets libraries that log
 * routine events through java.util.logging.
 */
final class LoggingDefaults {

    private static final Map<String, String> DEFAULTS = Map.of(
            "org.slf4j.simpleLogger.defaultLogLevel", "info",
            "org.slf4j.simpleLogger.showDateTime", "true",
            "org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");

    /** SPI Fly logs each provider it registers through java.util.logging; held so the level sticks. */
    private static final Logger SPI_FLY = Logger.getLogger("org.apache.aries.spifly");

    private LoggingDefaults() {
    }

    /** For a process that logs to a file and runs for days: the date on every line, too. */
    static void applyForProcessLog() {
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        apply();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static void apply() {
        SPI_FLY.setLevel(Level.WARNING);
        DEFAULTS.forEach(LoggingDefaults::setIfAbsent);
    }
}
