package io.riffle.bench.digest;

/** FNV-1a, 64 bit, of an ASCII word (JOBS.md, J1). */
public final class Fnv1a64 {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv1a64() {}

    /** The hash of the word's bytes; each char is one byte, so the word must be ASCII. */
    public static long hash(String asciiWord) {
        long h = OFFSET_BASIS;
        for (int k = 0; k < asciiWord.length(); k++) {
            h = (h ^ asciiWord.charAt(k)) * PRIME;
        }
        return h;
    }
}
