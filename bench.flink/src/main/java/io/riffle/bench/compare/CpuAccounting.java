package io.riffle.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Counts the CPU time a run's processes use, so that {@code other_cpu_s} = the machine's busy time
 * (/proc/stat) minus the run's own. A run on the multi-process cluster leaves orphans: bin/bench's
 * JobManager and TaskManagers are started in the background and reaped by init, so their CPU never
 * reaches this JVM's children's times. Where this JVM may create a cgroup (root, cgroup v1 cpuacct
 * or v2), each run starts inside one of its own and its usage counts every process of the run,
 * orphans included; elsewhere only the processes this JVM reaps count ({@link #exact()} is false,
 * and a Riffle cluster run's JVMs then show up as other CPU). A Flink standalone run's JVMs are the
 * children of its process, which reaps them, so they count either way.
 */
final class CpuAccounting {

    private static final Path CGROUPS = Path.of("/sys/fs/cgroup");

    /** The folder new cgroups go into, and the file in them with the usage. */
    private record Hierarchy(Path parent, String usageFile, boolean microseconds) {}

    private final Optional<Hierarchy> hierarchy;
    /** Why no cgroup is used, when none is. */
    private final String fallbackReason;
    private int created;

    private CpuAccounting(Optional<Hierarchy> hierarchy, String fallbackReason) {
        this.hierarchy = hierarchy;
        this.fallbackReason = fallbackReason;
    }

    static CpuAccounting detect() {
        List<Hierarchy> candidates = List.of(
                new Hierarchy(CGROUPS.resolve("cpuacct"), "cpuacct.usage", false),
                new Hierarchy(CGROUPS.resolve("cpu,cpuacct"), "cpuacct.usage", false),
                new Hierarchy(CGROUPS, "cpu.stat", true),
                new Hierarchy(CGROUPS.resolve("unified"), "cpu.stat", true));
        String reason = "no writable cgroup hierarchy under " + CGROUPS;
        for (Hierarchy candidate : candidates) {
            if (Files.isWritable(candidate.parent()) && Files.exists(candidate.parent().resolve("cgroup.procs"))) {
                Path probe = candidate.parent().resolve("riffle-compare-probe-" + ProcessHandle.current().pid());
                try {
                    Files.createDirectory(probe);
                    boolean usable = Files.isReadable(probe.resolve(candidate.usageFile()));
                    Files.delete(probe);
                    if (usable) {
                        return new CpuAccounting(Optional.of(candidate), "");
                    }
                    reason = candidate.parent() + " has no " + candidate.usageFile();
                } catch (IOException e) {
                    reason = "cannot create a cgroup in " + candidate.parent() + ": " + e; // try the next hierarchy
                }
            }
        }
        return new CpuAccounting(Optional.empty(), reason);
    }

    /** Whether every process of a run counts, orphans included. */
    boolean exact() {
        return hierarchy.isPresent();
    }

    String describe() {
        return hierarchy.map(h -> "a cgroup per run (" + h.parent() + ")")
                .orElse("the processes this driver reaps (" + fallbackReason + "; a cluster run's JVMs count as other CPU)");
    }

    /** Starts counting a run: {@link Meter#command} wraps its command so that it runs in the meter's cgroup. */
    Meter start() throws IOException {
        Optional<Path> group = Optional.empty();
        if (hierarchy.isPresent()) {
            group = Optional.of(Files.createDirectory(hierarchy.get().parent()
                    .resolve("riffle-compare-" + ProcessHandle.current().pid() + "-" + ++created)));
        }
        return new Meter(group);
    }

    /** One run's count. */
    final class Meter {

        private final Optional<Path> group;
        private final double reapedBefore = ReapedCpu.seconds();

        private Meter(Optional<Path> group) {
            this.group = group;
        }

        List<String> command(List<String> command) {
            if (group.isEmpty()) {
                return command;
            }
            // the shell joins the cgroup before it becomes the command, so every descendant is in it
            List<String> wrapped = new ArrayList<>(List.of("sh", "-c", "echo $$ > \"$0/cgroup.procs\" && exec \"$@\"",
                    group.get().toString()));
            wrapped.addAll(command);
            return wrapped;
        }

        /** CPU seconds the run's processes used, once they all ended (a minute at most); removes the cgroup. */
        double finish() throws IOException, InterruptedException {
            if (group.isEmpty()) {
                return ReapedCpu.seconds() - reapedBefore;
            }
            Hierarchy h = hierarchy.orElseThrow();
            awaitEmpty(group.get());
            double seconds = usage(Files.readString(group.get().resolve(h.usageFile())), h.microseconds());
            Files.delete(group.get());
            return seconds;
        }
    }

    /** Waits for the processes still in {@code group} (a cluster's JVMs being stopped) to end. */
    private static void awaitEmpty(Path group) throws IOException, InterruptedException {
        for (String line : Files.readAllLines(group.resolve("cgroup.procs"))) {
            Optional<ProcessHandle> left = line.isBlank() ? Optional.empty() : ProcessHandle.of(Long.parseLong(line.trim()));
            if (left.isPresent()) {
                try {
                    left.get().onExit().get(1, TimeUnit.MINUTES);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IOException("process " + line.trim() + " of the run in " + group + " did not end within a minute", e);
                }
            }
        }
    }

    /** Seconds from cgroup v1's {@code cpuacct.usage} (ns) or v2's {@code cpu.stat} ({@code usage_usec}). */
    static double usage(String text, boolean cpuStat) {
        if (!cpuStat) {
            return Long.parseLong(text.trim()) / 1e9;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith("usage_usec ")) {
                return Long.parseLong(line.substring("usage_usec ".length()).trim()) / 1e6;
            }
        }
        throw new IllegalArgumentException("no usage_usec in cpu.stat: " + text);
    }
}
