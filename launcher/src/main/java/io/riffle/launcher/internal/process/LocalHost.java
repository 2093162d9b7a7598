package io.riffle.launcher.internal.process;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name of this machine as log files and TaskManager names use it. */
public final class LocalHost {

    private LocalHost() {
    }

    /** The host name, with characters other than letters, digits, '.', '_' and '-' replaced by '_'. */
    public static String name() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            name = "localhost";
        }
        return safe(name);
    }

    static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "localhost" : safe;
    }
}
