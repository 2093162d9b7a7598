package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ConsumerType;

/** The base of the rich functions: keeps the runtime context; {@code open}/{@code close} do nothing. */
@ConsumerType
public abstract class AbstractRichFunction implements RichFunction {

    private static final long serialVersionUID = 1L;

    private transient RuntimeContext runtimeContext;

    @Override
    public void setRuntimeContext(RuntimeContext context) {
        this.runtimeContext = context;
    }

    @Override
    public RuntimeContext getRuntimeContext() {
        if (runtimeContext == null) {
            throw new IllegalStateException("the runtime context has not been set yet: it is available from open() on");
        }
        return runtimeContext;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {}

    @Override
    public void close() throws Exception {}
}
