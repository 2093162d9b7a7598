package io.riffle.bench.compare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;

public class StatsTest {

    @Test
    public void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(new Stats(1, 3, 9), Stats.of(List.of(9.0, 1.0, 3.0, 4.0, 2.0)));
    }

    @Test
    public void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(new Stats(1, 2.5, 4), Stats.of(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    public void ratiosPairRunIWithRunI() {
        // sorted separately the pairs would be 10/5, 20/10, 30/40; paired they are 10/10, 20/40, 30/5
        Stats ratio = Stats.ratios(List.of(10.0, 20.0, 30.0), List.of(10.0, 40.0, 5.0));
        assertEquals(0.5, ratio.min(), 0);
        assertEquals(1.0, ratio.median(), 0);
        assertEquals(6.0, ratio.max(), 0);
    }

    @Test
    public void unpairedOrNoRunsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Stats.ratios(List.of(1.0), List.of(1.0, 2.0)));
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
    }
}
