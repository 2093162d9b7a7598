package io.riffle.core.io;

/** What an input reports after being asked for data. */
public enum InputStatus {
    /** More data is available right now: ask again. */
    MORE_AVAILABLE,
    /** Nothing right now; the input signals when there is (its availability future completes). */
    NOTHING_AVAILABLE,
    /** The input has ended and will never produce data again. */
    END_OF_INPUT
}
