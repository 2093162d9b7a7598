package io.riffle.runtime.rpc.codec;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.Test;

public class SerializedThrowableTest {

    private final MessageCodec<Object> codec = codec();

    @Test
    public void mirrorKeepsClassNameMessageStackAndCauseChain() {
        Exception original = SampleMessages.failure();
        SerializedThrowable mirror = SerializedThrowable.of(original);

        assertEquals(IllegalStateException.class.getName(), mirror.getOriginalClassName());
        assertEquals("cannot parse record 'x17' in Map (2/4)", mirror.getMessage());
        assertEquals(original.toString(), mirror.toString());
        assertEquals(frames(original), frames(mirror));

        SerializedThrowable cause = mirror.getCause();
        assertEquals(NumberFormatException.class.getName(), cause.getOriginalClassName());
        assertEquals(original.getCause().toString(), cause.toString());
        assertEquals(frames(original.getCause()), frames(cause));
        assertNull(cause.getCause());
    }

    @Test
    public void decodedThrowablePrintsTheOriginalsStackTraceIncludingJdkFrames() throws IOException {
        Exception original = SampleMessages.failure();
        SerializedThrowable decoded = (SerializedThrowable) SampleMessages.decode(codec, SampleMessages.encode(codec, original));
        assertEquals(printed(original), printed(decoded));
        assertTrue(printed(decoded), printed(decoded).contains("at java.base/java.lang.Integer.parseInt("));
    }

    @Test
    public void exceptionWithoutMessagePrintsOnlyItsClassName() throws IOException {
        Throwable decoded = (Throwable) SampleMessages.decode(codec, SampleMessages.encode(codec, new UnsupportedOperationException()));
        assertNull(decoded.getMessage());
        assertEquals("java.lang.UnsupportedOperationException", decoded.toString());
    }

    @Test
    public void userExceptionClassesNeedNotExistOnTheReceivingSide() throws IOException {
        Throwable decoded = (Throwable) SampleMessages.decode(codec, SampleMessages.encode(codec, new UserException("bad input")));
        assertEquals(SerializedThrowable.class, decoded.getClass());
        assertEquals(UserException.class.getName() + ": bad input", decoded.toString());
    }

    @Test
    public void aMirrorIsItsOwnMirrorAndSurvivesASecondTrip() throws IOException {
        SerializedThrowable mirror = SerializedThrowable.of(SampleMessages.failure());
        assertSame(mirror, SerializedThrowable.of(mirror));
        Throwable twice = (Throwable) SampleMessages.decode(codec,
                SampleMessages.encode(codec, SampleMessages.decode(codec, SampleMessages.encode(codec, mirror))));
        assertEquals(printed(mirror), printed(twice));
    }

    @Test
    public void causeCyclesEndTheChainAndDeepChainsAreCut() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalArgumentException b = new IllegalArgumentException("b");
        a.initCause(b);
        b.initCause(a);
        SerializedThrowable cyclic = SerializedThrowable.of(a);
        assertEquals("java.lang.IllegalArgumentException: b", cyclic.getCause().toString());
        assertNull(cyclic.getCause().getCause());

        Throwable deep = new RuntimeException("level 0");
        for (int i = 1; i < 100; i++) {
            deep = new RuntimeException("level " + i, deep);
        }
        assertEquals(SerializedThrowable.MAX_CAUSE_DEPTH, depth(SerializedThrowable.of(deep)));
    }

    @Test
    public void hugeMessagesAndStacksAreCutSoThatAFailureStillFitsInAMessage() throws IOException {
        RuntimeException huge = new RuntimeException("x".repeat(1 << 20));
        StackTraceElement[] frames = new StackTraceElement[5000];
        Arrays.fill(frames, new StackTraceElement("com.example.Recursive", "call", "Recursive.java", 12));
        huge.setStackTrace(frames);

        Throwable decoded = (Throwable) SampleMessages.decode(codec, SampleMessages.encode(codec, huge));
        assertEquals(SerializedThrowable.MAX_STACK_DEPTH, decoded.getStackTrace().length);
        assertTrue(decoded.getMessage().startsWith("x".repeat(SerializedThrowable.MAX_MESSAGE_CHARS) + "... (cut from 1048576 characters)"));
    }

    @Test
    public void aThrowingGetMessageDoesNotBreakTheMirror() {
        RuntimeException nasty = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("user bug");
            }
        };
        assertEquals("(getMessage() threw java.lang.IllegalStateException)", SerializedThrowable.of(nasty).getMessage());
    }

    private static int depth(Throwable t) {
        int depth = 0;
        for (; t != null; t = t.getCause()) {
            depth++;
        }
        return depth;
    }

    private static String frames(Throwable t) {
        return Arrays.toString(t.getStackTrace());
    }

    private static String printed(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static MessageCodec<Object> codec() {
        return (MessageCodec<Object>) ClusterMessageCodecs.registry().forTypeId(MessageTypeIds.THROWABLE).orElseThrow();
    }

    /** Stands in for an exception class of a job bundle. */
    private static final class UserException extends Exception {
        UserException(String message) {
            super(message);
        }
    }
}
