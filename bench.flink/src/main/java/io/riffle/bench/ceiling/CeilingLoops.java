package io.riffle.bench.ceiling;

import io.riffle.bench.digest.DigestFormat;
import io.riffle.bench.digest.Fnv1a64;
import io.riffle.bench.digest.JobSpec;
import io.riffle.bench.digest.Lcg;
import io.riffle.bench.digest.M61;
import io.riffle.bench.digest.Payload;
import java.util.HashMap;
import java.util.Map;

/**
 * JOBS.md's "practical ceiling": each job as one single-threaded loop, record by record, doing the
 * work the job's definition needs and no more (J1 a String per word and a hash-map counter, J2 the
 * three operators, J3 windows in a hash map keyed by (key, window start) fired on the watermark, J4
 * each 100-byte payload filled and read back). Each returns the job's digest, so the loops are also
 * the sequential reference for sizes JOBS.md's table does not list.
 */
public final class CeilingLoops {

    private CeilingLoops() {}

    public static String run(JobSpec job, long records) {
        return switch (job) {
            case WORDCOUNT -> wordcount(records);
            case CHAIN -> chain(records);
            case WINDOW -> window(records);
            case SHUFFLE_BYTES -> shuffleBytes(records);
        };
    }

    static String wordcount(long records) {
        Map<String, long[]> counts = new HashMap<>();
        long x = 1;
        long running = 0;
        for (long i = 0; i < records; i++) {
            x = Lcg.next(x);
            String word = "w" + (int) ((x >>> 33) % 10_000);
            long c = ++counts.computeIfAbsent(word, w -> new long[1])[0];
            running += Fnv1a64.hash(word) * c;
        }
        long finalSum = 0;
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            finalSum += Fnv1a64.hash(entry.getKey()) * entry.getValue()[0];
        }
        return DigestFormat.wordcount(counts.size(), records, finalSum, running);
    }

    static String chain(long records) {
        long count = 0;
        long sum = 0;
        for (long x = 0; x < records; x++) {
            long y = x * 3 + 1;
            if (y % 2 == 0) {
                count++;
                sum += y >> 1;
            }
        }
        return DigestFormat.chain(count, sum);
    }

    /**
     * Events in timestamp order; the watermark is the last timestamp − 1, so the windows ending at or
     * before a new event's window start fire when that event arrives (all open ones at the end).
     */
    static String window(long records) {
        Map<Long, long[]> open = new HashMap<>(); // (window start · 1000 + key) -> sum
        long x = 3;
        long openStart = 0;
        long[] digest = new long[3]; // windows, valueSum, d
        for (long e = 0; e < records; e++) {
            x = Lcg.next(x);
            long key = (x >>> 33) % 1000;
            long start = e - e % 1000;
            if (start != openStart) {
                fire(open, digest);
                openStart = start;
            }
            open.computeIfAbsent(start * 1000 + key, k -> new long[1])[0] += x >>> 49;
        }
        fire(open, digest);
        return DigestFormat.window(digest[0], digest[1], digest[2]);
    }

    private static void fire(Map<Long, long[]> open, long[] digest) {
        for (Map.Entry<Long, long[]> window : open.entrySet()) {
            long key = window.getKey() % 1000;
            long end = window.getKey() / 1000 + 1000;
            long sum = window.getValue()[0];
            digest[0]++;
            digest[1] += sum;
            digest[2] = M61.addmod(digest[2], M61.mulmod(key * 31 + end, sum));
        }
        open.clear();
    }

    static String shuffleBytes(long records) {
        long idSum = 0;
        long lastByteSum = 0;
        for (long i = 0; i < records; i++) {
            byte[] payload = Payload.of(i);
            idSum += Payload.id(payload);
            lastByteSum += Payload.lastByte(payload);
        }
        return DigestFormat.shuffleBytes(records, idSum, lastByteSum);
    }
}
