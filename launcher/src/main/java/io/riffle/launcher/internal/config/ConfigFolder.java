package io.riffle.launcher.internal.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds riffle.yaml: in the folder given with {@code --conf}, else in {@code $RIFFLE_CONF_DIR},
 * else in {@code conf/} of the Riffle home (the folder with bin/ and conf/, which bin/riffle passes
 * as the system property {@value #HOME_PROPERTY}). A folder named explicitly must hold the file;
 * without any, the built-in defaults apply.
 */
public final class ConfigFolder {

    public static final String HOME_PROPERTY = "riffle.home";
    public static final String ENVIRONMENT_VARIABLE = "RIFFLE_CONF_DIR";
    public static final String FILE_NAME = "riffle.yaml";

    private ConfigFolder() {
    }

    /**
     * The configuration file to read, or none for the built-in defaults.
     *
     * @param option the {@code --conf} folder, or null
     * @param environment the value of {@value #ENVIRONMENT_VARIABLE}, or null
     * @param home the Riffle home, if known
     */
    public static Optional<Path> locate(Path option, String environment, Optional<Path> home) throws InvalidConfigurationException {
        if (option != null) {
            return Optional.of(required(option, "--conf"));
        }
        if (environment != null && !environment.isBlank()) {
            return Optional.of(required(Path.of(environment), "$" + ENVIRONMENT_VARIABLE));
        }
        return home.map(h -> h.resolve("conf").resolve(FILE_NAME)).filter(Files::isRegularFile);
    }

    private static Path required(Path folder, String from) throws InvalidConfigurationException {
        if (!Files.isDirectory(folder)) {
            throw new InvalidConfigurationException("configuration folder " + display(folder) + " (from " + from + ") does not exist");
        }
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new InvalidConfigurationException("configuration folder " + display(folder) + " (from " + from + ") has no "
                    + FILE_NAME);
        }
        return file;
    }

    /** The Riffle home that bin/riffle passed, if any. */
    public static Optional<Path> home() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
    }

    /** A path as people like to read it: relative to the working folder when inside it. */
    public static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingFolder = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingFolder) && !absolute.equals(workingFolder)
                ? workingFolder.relativize(absolute).toString() : absolute.toString();
    }
}
