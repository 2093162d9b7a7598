package io.riffle.taskmanager.internal.memory;

/**
 * A reservation that does not fit into what is left of a slot's managed memory. Checked, because
 * its caller (a state backend, a sorter) can react: spill, use less, or fail its task with this
 * message.
 */
public final class MemoryReservationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MemoryReservationException(String message) {
        super(message);
    }
}
