package io.riffle.launcher.internal.config;

/**
 * A configuration the launcher refuses, with a message of one line that names the key, where it
 * was set and what is wrong; printed as it is, without a stack trace.
 */
public final class InvalidConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(String message) {
        super(message, null, false, false);
    }
}
