package io.riffle.launcher.it;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.riffle.launcher.internal.framework.StartLevels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;

/**
 * Pax Exam options for a framework that runs exactly the bundles the launcher exported for the
 * local run descriptor, at the launcher's own start levels, without the interactive shell (it
 * would read the test JVM's standard input).
 */
final class LocalClusterOptions {

    /** Bundle symbolic names of every Riffle module. */
    static final List<String> RIFFLE_BUNDLES = List.of("io.riffle.runtime.api", "io.riffle.runtime.cluster", "io.riffle.runtime.jobmanager",
            "io.riffle.runtime.taskmanager", "io.riffle.provider.standalone", "io.riffle.provider.kubernetes",
            "io.riffle.provider.yarn", "io.riffle.provider.mesos");

    static final String SHELL = "org.apache.felix.gogo.shell";

    private LocalClusterOptions() {
    }

    static Option[] localCluster() {
        List<Option> options = new ArrayList<>();
        for (Path jar : exportedBundles()) {
            String symbolicName = symbolicName(jar);
            if (!symbolicName.equals(SHELL)) {
                options.add(bundle(jar.toUri().toString()).startLevel(StartLevels.of(symbolicName)).start());
            }
        }
        options.add(junitBundles());
        options.add(cleanCaches(true));
        options.add(frameworkProperty("felix.log.level").value("1"));
        options.add(systemProperty("org.ops4j.pax.url.mvn.offline").value("true"));
        return options.toArray(Option[]::new);
    }

    static List<Path> exportedBundles() {
        Path folder = Path.of(System.getProperty("riffle.bundles.dir", "target/export/local"));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("no exported bundles in " + folder + ": run 'mvn verify', not the test alone");
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the exported bundles in " + folder, e);
        }
    }

    static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String header = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return header.split(";")[0].strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
    }
}
