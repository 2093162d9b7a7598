package io.riffle.bench.digest;

/** JOBS.md's digest components: hex as 16 lowercase digits, others unsigned decimal, joined by '/'. */
public final class DigestFormat {

    private DigestFormat() {}

    public static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }

    public static String decimal(long value) {
        return Long.toUnsignedString(value);
    }

    public static String join(String... components) {
        return String.join("/", components);
    }

    /** J1: {@code distinct/emitted/final/running}. */
    public static String wordcount(long distinct, long emitted, long finalSum, long running) {
        return join(decimal(distinct), decimal(emitted), hex(finalSum), hex(running));
    }

    /** J2: {@code count/sum}. */
    public static String chain(long count, long sum) {
        return join(decimal(count), decimal(sum));
    }

    /** J3: {@code windows/valueSum/d}. */
    public static String window(long windows, long valueSum, long d) {
        return join(decimal(windows), decimal(valueSum), hex(d));
    }

    /** J4: {@code count/idSum/lastByteSum}. */
    public static String shuffleBytes(long count, long idSum, long lastByteSum) {
        return join(decimal(count), decimal(idSum), decimal(lastByteSum));
    }
}
