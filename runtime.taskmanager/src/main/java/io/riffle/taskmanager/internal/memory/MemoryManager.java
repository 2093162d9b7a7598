package io.riffle.taskmanager.internal.memory;

import java.util.Objects;

/**
 * The managed memory of one TaskExecutor ({@code taskmanager.memory.managed.size}), split into an
 * equal share per slot, as in Flink. Each slot's {@link SlotMemory} is the most the tasks in that
 * slot may reserve together, so one job cannot starve another that shares the TaskManager.
 *
 * <p>The share is the total divided by the number of slots, rounded down: the remainder, fewer bytes
 * than there are slots, is not handed out.
 */
public final class MemoryManager {

    private final long totalBytes;
    private final SlotMemory[] slots;

    /**
     * @param taskManager names the slots in messages: {@code <taskManager>/<index>}
     */
    public MemoryManager(String taskManager, long totalBytes, int numberOfSlots) {
        Objects.requireNonNull(taskManager, "taskManager");
        if (totalBytes < 0) {
            throw new IllegalArgumentException("managed memory of TaskManager " + taskManager + " cannot be negative: " + totalBytes);
        }
        if (numberOfSlots < 1) {
            throw new IllegalArgumentException("TaskManager " + taskManager + " needs at least one slot, has " + numberOfSlots);
        }
        this.totalBytes = totalBytes;
        this.slots = new SlotMemory[numberOfSlots];
        long share = totalBytes / numberOfSlots;
        for (int i = 0; i < numberOfSlots; i++) {
            slots[i] = new SlotMemory(taskManager + "/" + i, share);
        }
    }

    /** The TaskManager's managed memory, including the remainder no slot gets. */
    public long totalBytes() {
        return totalBytes;
    }

    /** What each slot may reserve. */
    public long shareBytes() {
        return slots[0].size();
    }

    public int numberOfSlots() {
        return slots.length;
    }

    public SlotMemory slot(int index) {
        if (index < 0 || index >= slots.length) {
            throw new IllegalArgumentException("slot " + index + " does not exist; this TaskExecutor has " + slots.length);
        }
        return slots[index];
    }
}
