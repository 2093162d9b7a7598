package io.riffle.api.common;

import java.io.Serializable;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/** Identifies one job; printed as 32 lowercase hex digits, as Flink does. */
public final class JobID implements Serializable, Comparable<JobID> {

    private static final long serialVersionUID = 1L;

    private final long upper;
    private final long lower;

    public JobID(long upper, long lower) {
        this.upper = upper;
        this.lower = lower;
    }

    public static JobID generate() {
        UUID uuid = UUID.randomUUID();
        return new JobID(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }

    /** Parses the 32-hex-digit form {@link #toHexString()} prints. */
    public static JobID fromHexString(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 32) {
            throw new IllegalArgumentException("a job id has 32 hex digits, got '" + hex + "'");
        }
        try {
            return new JobID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a job id has 32 hex digits, got '" + hex + "'", e);
        }
    }

    public String toHexString() {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(upper) + hex.toHexDigits(lower);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobID other && other.upper == upper && other.lower == lower;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(upper) * 31 + Long.hashCode(lower);
    }

    @Override
    public int compareTo(JobID o) {
        int c = Long.compareUnsigned(upper, o.upper);
        return c != 0 ? c : Long.compareUnsigned(lower, o.lower);
    }

    @Override
    public String toString() {
        return toHexString();
    }
}
