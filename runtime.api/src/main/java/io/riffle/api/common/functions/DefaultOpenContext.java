package io.riffle.api.common.functions;

/** The {@link OpenContext} the runtime passes; job authors use it to call {@code open} in tests. */
public final class DefaultOpenContext implements OpenContext {

    public static final OpenContext INSTANCE = new DefaultOpenContext();

    private DefaultOpenContext() {}
}
