package io.riffle.runtime.rpc;

import java.util.Objects;

/** A test message carrying text of any length (the codec does not use the 64 KiB writeUTF). */
record TestingTextMessage(String text) {

    TestingTextMessage {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "TestingTextMessage[" + (text.length() > 40 ? text.substring(0, 40) + "... (" + text.length() + " chars)" : text) + "]";
    }
}
