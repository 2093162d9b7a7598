package io.riffle.streaming.api.transformations;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.java.functions.KeySelector;
import java.io.Serializable;
import java.util.Objects;

/**
 * How records travel from one operator's subtasks to the next one's.
 *
 * @param keySelector for {@link Kind#HASH} only: extracts the key whose key group picks the subtask
 * @param keyType for {@link Kind#HASH} only, may be a missing type: what the key selector returns
 */
public record Partitioning(Kind kind, KeySelector<?, ?> keySelector, TypeInformation<?> keyType) implements Serializable {

    /** The exchange patterns, with the names of the DataStream methods that choose them. */
    public enum Kind {
        /** Subtask i sends to subtask i; needs equal parallelism; lets operators chain. */
        FORWARD(false),
        /** Round robin over all downstream subtasks. */
        REBALANCE(true),
        /** Round robin over a local subset of downstream subtasks. */
        RESCALE(false),
        /** A random downstream subtask per record. */
        SHUFFLE(true),
        /** Every downstream subtask gets every record. */
        BROADCAST(true),
        /** The subtask that owns the record key's key group (keyBy). */
        HASH(true),
        /** Everything to the first downstream subtask. */
        GLOBAL(true);

        private final boolean allToAll;

        Kind(boolean allToAll) {
            this.allToAll = allToAll;
        }

        /** Whether every upstream subtask connects to every downstream subtask (else: pointwise). */
        public boolean isAllToAll() {
            return allToAll;
        }
    }

    private static final long serialVersionUID = 1L;

    public Partitioning {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.HASH) != (keySelector != null)) {
            throw new IllegalArgumentException("a key selector is required for, and only for, HASH partitioning");
        }
    }

    public static Partitioning of(Kind kind) {
        return new Partitioning(kind, null, null);
    }

    public static Partitioning hash(KeySelector<?, ?> keySelector, TypeInformation<?> keyType) {
        return new Partitioning(Kind.HASH, keySelector, keyType);
    }
}
