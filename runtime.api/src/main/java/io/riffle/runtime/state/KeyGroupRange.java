package io.riffle.runtime.state;

/**
 * The key groups {@code startKeyGroup..endKeyGroup} (both inclusive) that one subtask owns. An
 * empty range has {@code endKeyGroup == startKeyGroup - 1}.
 */
public record KeyGroupRange(int startKeyGroup, int endKeyGroup) {

    public KeyGroupRange {
        if (startKeyGroup < 0 || endKeyGroup < startKeyGroup - 1) {
            throw new IllegalArgumentException("invalid key group range " + startKeyGroup + ".." + endKeyGroup);
        }
    }

    public int numberOfKeyGroups() {
        return endKeyGroup - startKeyGroup + 1;
    }

    public boolean contains(int keyGroup) {
        return keyGroup >= startKeyGroup && keyGroup <= endKeyGroup;
    }

    @Override
    public String toString() {
        return "KeyGroupRange{" + startKeyGroup + ".." + endKeyGroup + "}";
    }
}
