package io.riffle.runtime.rpc.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stand-in for an exception that crossed the wire: the original's class name, message, stack
 * trace and causes, without its class. A user function's exception class lives in the job bundle,
 * which the receiving process may not have loaded (or may never load, like the client), so the
 * codecs send what a person needs to read the failure and decode it as this type.
 *
 * <p>{@link #toString()} and the stack trace print as the original's did, e.g.
 * {@code com.example.ParseException: bad record 'x'} followed by the original frames and
 * {@code Caused by:} lines; {@link #getMessage()} is the original message and
 * {@link #getOriginalClassName()} the original class. Suppressed exceptions are not kept.
 *
 * <p>Only the distributed cluster needs this: in the local cluster the JobMaster and the
 * TaskExecutors share a JVM and pass the original exception object, with no codec in between.
 */
public final class SerializedThrowable extends Exception {

    private static final long serialVersionUID = 1L;

    /** Causes beyond this depth are dropped (and a cause cycle ends the chain). */
    public static final int MAX_CAUSE_DEPTH = 32;
    /** Frames beyond this many per throwable are dropped, as the JVM does by default at 1024. */
    public static final int MAX_STACK_DEPTH = 1024;
    /** Longer messages are cut to this many characters. */
    public static final int MAX_MESSAGE_CHARS = 64 << 10;

    private final String originalClassName;

    private SerializedThrowable(String originalClassName, String message, StackTraceElement[] stackTrace, SerializedThrowable cause) {
        super(message, cause);
        this.originalClassName = Objects.requireNonNull(originalClassName, "originalClassName");
        setStackTrace(stackTrace);
    }

    /**
     * The mirror of {@code throwable} and its causes (itself if it already is one). Messages, stacks
     * and the cause chain are cut to {@link #MAX_MESSAGE_CHARS}, {@link #MAX_STACK_DEPTH} and
     * {@link #MAX_CAUSE_DEPTH}, so that a pathological exception still fits in a message.
     */
    public static SerializedThrowable of(Throwable throwable) {
        Objects.requireNonNull(throwable, "throwable");
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = throwable; t != null && chain.size() < MAX_CAUSE_DEPTH && seen.add(t); t = t.getCause()) {
            chain.add(t);
            if (t instanceof SerializedThrowable) {
                break; // already a mirror, with its own cause chain
            }
        }
        SerializedThrowable cause = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable t = chain.get(i);
            cause = t instanceof SerializedThrowable mirror ? mirror : mirrorOf(t, cause);
        }
        return cause;
    }

    /** What the codec decodes; the arguments are taken as they are (the decoder checked them). */
    static SerializedThrowable decoded(String originalClassName, String message, StackTraceElement[] stackTrace, SerializedThrowable cause) {
        return new SerializedThrowable(originalClassName, message, stackTrace, cause);
    }

    /** The fully qualified name of the exception's class on the side that threw it. */
    public String getOriginalClassName() {
        return originalClassName;
    }

    @Override
    public SerializedThrowable getCause() {
        return (SerializedThrowable) super.getCause();
    }

    /** Like {@link Throwable#toString()} of the original: its class name, then its message if it had one. */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message != null ? originalClassName + ": " + message : originalClassName;
    }

    /** The stack is the original's, set in the constructor; this process's stack would mislead. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    private static SerializedThrowable mirrorOf(Throwable t, SerializedThrowable cause) {
        StackTraceElement[] stack = t.getStackTrace();
        StackTraceElement[] frames = new StackTraceElement[Math.min(stack.length, MAX_STACK_DEPTH)];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = printableFrame(stack[i]);
        }
        return new SerializedThrowable(t.getClass().getName(), cut(messageOf(t)), frames, cause);
    }

    /** A user exception's {@code getMessage()} is user code too: it may throw. */
    private static String messageOf(Throwable t) {
        try {
            return t.getMessage();
        } catch (RuntimeException e) {
            return "(getMessage() threw " + e.getClass().getName() + ")";
        }
    }

    private static String cut(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE_CHARS) + "... (cut from " + message.length() + " characters)";
    }

    /**
     * A copy of {@code frame} that prints the same. The JVM leaves the names of its built-in class
     * loaders and the versions of JDK modules out of a frame's text; a constructed frame prints every
     * part it has, so keep only the parts the original printed.
     */
    private static StackTraceElement printableFrame(StackTraceElement frame) {
        String text = frame.toString();
        String loader = frame.getClassLoaderName();
        String version = frame.getModuleVersion();
        return new StackTraceElement(loader != null && text.startsWith(loader + "/") ? loader : null, frame.getModuleName(),
                version != null && text.contains("@" + version + "/") ? version : null, frame.getClassName(), frame.getMethodName(),
                frame.getFileName(), frame.getLineNumber());
    }
}
