package io.riffle.taskmanager.internal.memory;

import io.riffle.configuration.MemorySize;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One slot's share of its TaskManager's managed memory, which the operators of the slot's tasks
 * reserve from by owner (a state backend, a sorter). It is accounting only: whoever reserves
 * allocates the memory itself and releases the reservation when it frees that memory.
 *
 * <p>Thread-safe: tasks of one slot run on threads of their own. Reservations are rare (an operator
 * reserves when it opens and releases when it closes), so changing them takes this object's lock;
 * {@link #reserved()} reads without it.
 */
public final class SlotMemory {

    private final String name;
    private final long size;
    /** Guarded by this; bytes reserved per owner, none with zero. */
    private final Map<String, Long> owners = new TreeMap<>();
    /** The sum of {@link #owners}; written under this object's lock. */
    private volatile long reserved;

    SlotMemory(String name, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("the managed memory of slot " + name + " cannot be negative: " + size + " bytes");
        }
        this.name = name;
        this.size = size;
    }

    /** The slot, as {@code <TaskManager>/<index>}. */
    public String name() {
        return name;
    }

    /** The slot's share in bytes. */
    public long size() {
        return size;
    }

    /** Bytes reserved now, by all owners. */
    public long reserved() {
        return reserved;
    }

    /** Bytes reserved now by {@code owner}. */
    public synchronized long reservedBy(String owner) {
        return owners.getOrDefault(owner, 0L);
    }

    /**
     * Reserves {@code bytes} more for {@code owner}.
     *
     * @throws MemoryReservationException if they do not fit into what the slot's share has left; nothing is reserved then
     */
    public synchronized void reserve(String owner, long bytes) throws MemoryReservationException {
        Objects.requireNonNull(owner, "owner");
        requireNotNegative(owner, bytes);
        if (bytes > size - reserved) {
            throw new MemoryReservationException("cannot reserve " + describe(bytes) + " of managed memory for " + owner + " in slot "
                    + name + ": the slot has " + describe(size) + ", of which " + describe(reserved) + " are reserved"
                    + (owners.isEmpty() ? "" : " (" + describeOwners() + ")") + "; raise taskmanager.memory.managed.size or use "
                    + "fewer slots per TaskManager");
        }
        if (bytes > 0) {
            owners.merge(owner, bytes, Long::sum);
            reserved += bytes;
        }
    }

    /**
     * Gives back {@code bytes} of what {@code owner} reserved.
     *
     * @throws IllegalStateException if {@code owner} has fewer reserved: its bookkeeping is wrong
     */
    public synchronized void release(String owner, long bytes) {
        Objects.requireNonNull(owner, "owner");
        requireNotNegative(owner, bytes);
        long held = owners.getOrDefault(owner, 0L);
        if (bytes > held) {
            throw new IllegalStateException(owner + " cannot release " + describe(bytes) + " of managed memory in slot " + name
                    + ": it has " + describe(held) + " reserved");
        }
        if (held == bytes) {
            owners.remove(owner);
        } else {
            owners.put(owner, held - bytes);
        }
        reserved -= bytes;
    }

    /**
     * Releases every reservation, for the slot's next allocation: what its owners did not release
     * themselves.
     *
     * @return the bytes each owner still had reserved, in owner order; empty if none
     */
    public synchronized Map<String, Long> releaseAll() {
        Map<String, Long> leftover = new TreeMap<>(owners);
        owners.clear();
        reserved = 0;
        return leftover;
    }

    private String describeOwners() {
        StringBuilder text = new StringBuilder("by ");
        owners.forEach((owner, bytes) -> text.append(text.length() > 3 ? ", " : "").append(owner).append(": ").append(describe(bytes)));
        return text.toString();
    }

    /** {@code 1048576 bytes (1m)}: exact, and readable for round sizes. */
    static String describe(long bytes) {
        String unit = new MemorySize(bytes).toString();
        return bytes + " bytes" + (unit.endsWith("b") ? "" : " (" + unit + ")");
    }

    private void requireNotNegative(String owner, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException(owner + " asked slot " + name + " for a negative amount of managed memory: " + bytes);
        }
    }

    @Override
    public String toString() {
        return "managed memory of slot " + name + ": " + reserved + " of " + size + " bytes reserved";
    }
}
