package io.riffle.runtime.rpc.codec;

import static io.riffle.runtime.rpc.codec.WireFormat.readNullableString;
import static io.riffle.runtime.rpc.codec.WireFormat.readString;
import static io.riffle.runtime.rpc.codec.WireFormat.writeNullableString;
import static io.riffle.runtime.rpc.codec.WireFormat.writeString;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Any {@link Throwable} as its {@link SerializedThrowable} mirror: the exception, then its causes,
 * outermost first.
 *
 * <pre>
 * int levels (1..MAX_CAUSE_DEPTH), then per level:
 *   string className, nullable string message, int frames (0..MAX_STACK_DEPTH), then per frame:
 *     nullable string classLoaderName, nullable string moduleName, nullable string moduleVersion,
 *     string declaringClass, string methodName, nullable string fileName, int lineNumber
 * </pre>
 */
final class ThrowableCodec {

    private static final int MIN_LEVEL_BYTES = 4 + 1 + 4;
    private static final int MIN_FRAME_BYTES = 1 + 1 + 1 + 4 + 4 + 1 + 4;

    private ThrowableCodec() {}

    /** Encodes any throwable; decodes a {@link SerializedThrowable}. Found for any exception by {@link MessageCodecRegistry#forValue}. */
    static MessageCodec<Throwable> codec() {
        return WireCodec.of(MessageTypeIds.THROWABLE, Throwable.class, ThrowableCodec::write, ThrowableCodec::read);
    }

    static void write(Throwable throwable, DataOutputView out) throws IOException {
        List<SerializedThrowable> levels = new ArrayList<>();
        for (SerializedThrowable t = SerializedThrowable.of(throwable); t != null && levels.size() < SerializedThrowable.MAX_CAUSE_DEPTH;
                t = t.getCause()) {
            levels.add(t);
        }
        out.writeInt(levels.size());
        for (SerializedThrowable level : levels) {
            writeString(level.getOriginalClassName(), out);
            writeNullableString(level.getMessage(), out);
            StackTraceElement[] frames = level.getStackTrace();
            int count = Math.min(frames.length, SerializedThrowable.MAX_STACK_DEPTH);
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                writeFrame(frames[i], out);
            }
        }
    }

    static SerializedThrowable read(DataInputView in) throws IOException {
        int depth = WireFormat.readCount(in, "causes", MIN_LEVEL_BYTES);
        if (depth < 1 || depth > SerializedThrowable.MAX_CAUSE_DEPTH) {
            throw new IOException("a throwable has 1.." + SerializedThrowable.MAX_CAUSE_DEPTH + " levels of causes, not " + depth);
        }
        List<String> classNames = new ArrayList<>(depth);
        List<String> messages = new ArrayList<>(depth);
        List<StackTraceElement[]> stacks = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            String className = readString(in, "exception class name");
            if (className.isEmpty()) {
                throw new IOException("exception class name is empty");
            }
            classNames.add(className);
            messages.add(readNullableString(in, "exception message"));
            stacks.add(readFrames(in));
        }
        SerializedThrowable throwable = null;
        for (int i = depth - 1; i >= 0; i--) {
            throwable = SerializedThrowable.decoded(classNames.get(i), messages.get(i), stacks.get(i), throwable);
        }
        return throwable;
    }

    private static void writeFrame(StackTraceElement frame, DataOutputView out) throws IOException {
        writeNullableString(frame.getClassLoaderName(), out);
        writeNullableString(frame.getModuleName(), out);
        writeNullableString(frame.getModuleVersion(), out);
        writeString(frame.getClassName(), out);
        writeString(frame.getMethodName(), out);
        writeNullableString(frame.getFileName(), out);
        out.writeInt(frame.getLineNumber());
    }

    private static StackTraceElement[] readFrames(DataInputView in) throws IOException {
        int count = WireFormat.readCount(in, "stack frames", MIN_FRAME_BYTES);
        if (count > SerializedThrowable.MAX_STACK_DEPTH) {
            throw new IOException("list of " + count + " stack frames exceeds the maximum of " + SerializedThrowable.MAX_STACK_DEPTH);
        }
        StackTraceElement[] frames = new StackTraceElement[count];
        for (int i = 0; i < count; i++) {
            String loader = readNullableString(in, "frame class loader");
            String module = readNullableString(in, "frame module");
            String version = readNullableString(in, "frame module version");
            String declaringClass = readString(in, "frame class");
            String method = readString(in, "frame method");
            String file = readNullableString(in, "frame file");
            frames[i] = new StackTraceElement(loader, module, version, declaringClass, method, file, in.readInt());
        }
        return frames;
    }
}
