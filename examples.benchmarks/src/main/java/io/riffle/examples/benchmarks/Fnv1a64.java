package io.riffle.examples.benchmarks;

/** FNV-1a, 64 bit, of an ASCII word (JOBS.md). */
final class Fnv1a64 {

    static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    private Fnv1a64() {}

    /** The hash of {@code asciiWord}'s bytes; each char is taken as one byte, so the word must be ASCII. */
    static long hash(String asciiWord) {
        long h = OFFSET_BASIS;
        for (int k = 0, length = asciiWord.length(); k < length; k++) {
            h = (h ^ asciiWord.charAt(k)) * PRIME;
        }
        return h;
    }
}
