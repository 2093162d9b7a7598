package io.riffle.taskmanager.internal.operators;

import static io.riffle.taskmanager.internal.operators.TestingOutput.emitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.functions.FilterFunction;
import io.riffle.api.common.functions.MapFunction;
import java.util.List;
import org.junit.Test;

/** Operators made as copies of their class behave as the originals, each copy a class of its own. */
public class ClassCopiesTest {

    private final ClassCopies copies = new ClassCopies();

    @Test
    @SuppressWarnings("unchecked")
    public void aCopiedOperatorBehavesAsItsOriginal() throws Exception {
        StreamOperator<Integer> length = copies.newInstance(MapOperator.class, StreamOperator.class, MapFunction.class,
                (MapFunction<String, Integer>) String::length);
        OperatorTestHarness<String, Integer> harness = OperatorTestHarness.<String, Integer>of(length).open();

        harness.processElement("ab", 5);
        harness.processElement("abc");

        assertEquals(List.of(emitted(2, 5), emitted(3)), harness.output.elements());
        assertNotSame(MapOperator.class, length.getClass());
        assertTrue(length instanceof Input<?>);
    }

    @Test
    public void everyInstanceHasAClassOfItsOwn() {
        FilterFunction<String> nonEmpty = s -> !s.isEmpty();
        Object first = copies.newInstance(FilterOperator.class, StreamOperator.class, FilterFunction.class, nonEmpty);
        Object second = copies.newInstance(FilterOperator.class, StreamOperator.class, FilterFunction.class, nonEmpty);

        // so the JIT profiles each instance's call into its function and its output on their own
        assertNotSame(first.getClass(), second.getClass());
    }

    @Test
    public void refusesAClassWhoseNestedClassesWouldStillReferToTheOriginal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> copies.newInstance(SourceOperator.class, StreamOperator.class, Object.class, null));

        assertTrue(e.getMessage(), e.getMessage().contains("SourceOperator cannot be copied"));
    }
}
