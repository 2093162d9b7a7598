package io.riffle.runtime.rpc;

/** A test message whose codec fails as {@code fault} says. */
record TestingFaultyMessage(Fault fault) {

    enum Fault {
        /** Encoding throws an IOException. */
        ENCODE,
        /** Decoding throws an IOException, as the codec contract asks for bad input. */
        DECODE_CHECKED,
        /** Decoding throws an unchecked exception, breaking the codec contract. */
        DECODE_UNCHECKED
    }
}
