package io.riffle.bench.compare;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Minimum, median (the mean of the middle two for an even count) and maximum of some values. */
record Stats(double min, double median, double max) {

    static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(sorted[0], median, sorted[n - 1]);
    }

    /** Riffle's rate over Flink's for each pair of runs i, i (runs alternate, so pair i ran back to back). */
    static Stats ratios(List<Double> riffle, List<Double> flink) {
        if (riffle.size() != flink.size()) {
            throw new IllegalArgumentException("unpaired runs: " + riffle.size() + " Riffle, " + flink.size() + " Flink");
        }
        return of(IntStream.range(0, riffle.size()).mapToObj(i -> riffle.get(i) / flink.get(i)).toList());
    }
}
