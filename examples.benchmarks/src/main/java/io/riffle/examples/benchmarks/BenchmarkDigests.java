package io.riffle.examples.benchmarks;

/**
 * Sequential reference implementations of the jobs' digests: plain loops written from the
 * definitions in JOBS.md, without Riffle. Tests hold them against JOBS.md's table and the jobs
 * against them.
 */
public final class BenchmarkDigests {

    private BenchmarkDigests() {}

    /** J1: the words of the LCG (seed 1), counted in an array; every record emits its running count. */
    public static String wordcount(long records) {
        long[] fnv = new long[WordCountJob.VOCABULARY_SIZE];
        for (int w = 0; w < fnv.length; w++) {
            fnv[w] = Fnv1a64.hash("w" + w);
        }
        long[] counts = new long[WordCountJob.VOCABULARY_SIZE];
        long x = WordCountJob.SEED;
        long emitted = 0;
        long running = 0;
        for (long i = 0; i < records; i++) {
            x = Lcg.next(x);
            int w = (int) ((x >>> 33) % WordCountJob.VOCABULARY_SIZE);
            long c = ++counts[w];
            emitted++;
            running += fnv[w] * c;
        }
        long distinct = 0;
        long finalSum = 0;
        for (int w = 0; w < counts.length; w++) {
            if (counts[w] > 0) {
                distinct++;
                finalSum += fnv[w] * counts[w];
            }
        }
        return WordCountJob.digest(distinct, emitted, finalSum, running);
    }

    /** J2: each x through {@code x*3+1}, the even ones kept, halved, counted and summed. */
    public static String chain(long records) {
        long count = 0;
        long sum = 0;
        for (long x = 0; x < records; x++) {
            long y = x * 3 + 1;
            if (y % 2 == 0) {
                count++;
                sum += y >> 1;
            }
        }
        return ChainJob.digest(count, sum);
    }

    /** J2 in closed form: {@code K = floor(N/2)}, count {@code K}, sum {@code 3K(K-1)/2 + 2K}. */
    public static String chainClosedForm(long records) {
        long k = records / 2;
        long triangle = k % 2 == 0 ? (k / 2) * (k - 1) : k * ((k - 1) / 2);
        return ChainJob.digest(k, 3 * triangle + 2 * k);
    }

    /** J4: each payload built byte by byte from the definition, then read back. */
    public static String shuffleBytes(long records) {
        byte[] payload = new byte[ShuffleBytesJob.PAYLOAD_SIZE];
        long idSum = 0;
        long lastByteSum = 0;
        for (long i = 0; i < records; i++) {
            for (int k = 0; k < 8; k++) {
                payload[k] = (byte) (i >>> (56 - 8 * k));
            }
            for (int k = 8; k < payload.length; k++) {
                payload[k] = (byte) ((i + k) % 256);
            }
            long id = 0;
            for (int k = 0; k < 8; k++) {
                id = (id << 8) | (payload[k] & 0xff);
            }
            idSum += id;
            lastByteSum += payload[payload.length - 1] & 0xff;
        }
        return ShuffleBytesJob.digest(records, idSum, lastByteSum);
    }

    /**
     * J3: events {@code e} with key {@code (u_e >>> 33) mod 1000} (LCG seed 3), timestamp {@code e} ms and
     * value {@code u_e >>> 49}, summed per key in tumbling windows of 1000 ms. Timestamps are the event
     * numbers, so the windows are consecutive runs of 1000 events.
     */
    public static String window(long records) {
        int keys = WindowJob.KEYS;
        long[] sums = new long[keys];
        boolean[] seen = new boolean[keys];
        long x = WindowJob.SEED;
        long windows = 0;
        long valueSum = 0;
        long d = 0;
        for (long start = 0; start < records; start += 1000) {
            long end = Math.min(records, start + 1000);
            for (long e = start; e < end; e++) {
                x = Lcg.next(x);
                int key = (int) ((x >>> 33) % keys);
                sums[key] += x >>> 49;
                seen[key] = true;
            }
            long windowEnd = start + 1000;
            for (int key = 0; key < keys; key++) {
                if (seen[key]) {
                    windows++;
                    valueSum += sums[key];
                    d = M61.addmod(d, M61.mulmod(key * 31L + windowEnd, sums[key]));
                    sums[key] = 0;
                    seen[key] = false;
                }
            }
        }
        return WindowJob.digest(windows, valueSum, d);
    }
}
