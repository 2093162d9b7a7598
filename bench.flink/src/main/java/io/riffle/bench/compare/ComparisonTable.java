package io.riffle.bench.compare;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The human-readable table of all comparisons: medians, the ratio's spread, digests, noise. */
final class ComparisonTable {

    private static final String ROW = "%-14s %2s  %-22s %-26s %5s %5s %5s  %-8s %6s  %s%n";

    private ComparisonTable() {}

    static String of(List<Comparison> comparisons) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, ROW, "job", "p", "Riffle (median)", "Flink " + setups(comparisons) + " (median)",
                "min", "med", "max", "digests", "noisy", "1-thread loop"));
        table.append(String.format(Locale.ROOT, ROW, "", "", "", "", "Riffle/Flink", "", "", "", "", ""));
        for (Comparison c : comparisons) {
            Stats ratio = c.ratio();
            table.append(String.format(Locale.ROOT, ROW, c.job().jobName(), c.parallelism(),
                    rate(c, c.riffleRps().median()), rate(c, c.flinkRps().median()),
                    fixed(ratio.min()), fixed(ratio.median()), fixed(ratio.max()),
                    c.digestsMatch() ? "match" : "MISMATCH", c.noisyRuns() + "/" + c.runs(), ceiling(c, c.ceilingRps())));
        }
        return table.toString();
    }

    /** What Flink ran on, as the table's column says: minicluster, standalone, or both when they were mixed. */
    private static String setups(List<Comparison> comparisons) {
        return String.join("/", comparisons.stream().map(Comparison::flinkSetup).distinct().toList());
    }

    /** Records/s in millions; for shuffle-bytes also MB/s. */
    static String rate(Comparison c, double rps) {
        String records = String.format(Locale.ROOT, "%.2f M rec/s", rps / 1e6);
        return c.job().reportsBytes()
                ? records + String.format(Locale.ROOT, " %.0f MB/s", Comparison.megabytesPerSecond(rps))
                : records;
    }

    private static String ceiling(Comparison c, OptionalDouble rps) {
        return rps.isPresent() ? rate(c, rps.getAsDouble()) : "-";
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
