package io.riffle.runtime.state;

/**
 * Assigns keys to key groups and key groups to subtasks. Keys are spread by a Murmur3 finalisation
 * of {@code key.hashCode()}, so keys with poorly mixed hash codes (small integers, short strings)
 * still spread evenly.
 */
public final class KeyGroupRangeAssignment {

    /** The default maximum parallelism, and so the default number of key groups. */
    public static final int DEFAULT_MAX_PARALLELISM = 128;

    /** The largest maximum parallelism: key group ids must fit in 15 bits. */
    public static final int UPPER_BOUND_MAX_PARALLELISM = 1 << 15;

    private KeyGroupRangeAssignment() {}

    /** The subtask index that owns {@code key}. */
    public static int assignKeyToParallelOperator(Object key, int maxParallelism, int parallelism) {
        return computeOperatorIndexForKeyGroup(maxParallelism, parallelism, assignToKeyGroup(key, maxParallelism));
    }

    public static int assignToKeyGroup(Object key, int maxParallelism) {
        if (key == null) {
            throw new NullPointerException("keys must not be null");
        }
        return computeKeyGroupForKeyHash(key.hashCode(), maxParallelism);
    }

    public static int computeKeyGroupForKeyHash(int keyHash, int maxParallelism) {
        return murmurHash(keyHash) % maxParallelism;
    }

    public static int computeOperatorIndexForKeyGroup(int maxParallelism, int parallelism, int keyGroupId) {
        return keyGroupId * parallelism / maxParallelism;
    }

    /** The key groups subtask {@code operatorIndex} of {@code parallelism} owns. */
    public static KeyGroupRange computeKeyGroupRangeForOperatorIndex(int maxParallelism, int parallelism, int operatorIndex) {
        checkParallelism(maxParallelism, parallelism);
        if (operatorIndex < 0 || operatorIndex >= parallelism) {
            throw new IllegalArgumentException("operator index " + operatorIndex + " outside 0.." + (parallelism - 1));
        }
        int start = (operatorIndex * maxParallelism + parallelism - 1) / parallelism;
        int end = ((operatorIndex + 1) * maxParallelism - 1) / parallelism;
        return new KeyGroupRange(start, end);
    }

    /** Fails with a message naming both values if {@code parallelism} cannot use {@code maxParallelism}. */
    public static void checkParallelism(int maxParallelism, int parallelism) {
        if (maxParallelism < 1 || maxParallelism > UPPER_BOUND_MAX_PARALLELISM) {
            throw new IllegalArgumentException("max parallelism must be in 1.." + UPPER_BOUND_MAX_PARALLELISM + ", was " + maxParallelism);
        }
        if (parallelism < 1 || parallelism > maxParallelism) {
            throw new IllegalArgumentException("parallelism " + parallelism + " must be in 1..max parallelism " + maxParallelism);
        }
    }

    /** Murmur3's 32-bit mixing of one int, made non-negative. */
    static int murmurHash(int code) {
        int h = code * 0xcc9e2d51;
        h = Integer.rotateLeft(h, 15);
        h *= 0x1b873593;
        h = Integer.rotateLeft(h, 13);
        h = h * 5 + 0xe6546b64;
        h ^= 4;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h >= 0 ? h : (h != Integer.MIN_VALUE ? -h : 0);
    }
}
