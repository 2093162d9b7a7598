package io.riffle.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The session window example bundle run by 'riffle local' in a separate JVM at parallelism 2: the
 * sessions and late clicks it prints are those worked out by hand in examples.windowing's
 * SessionWindowingOnMiniClusterTest (gap 3: alice@4 bridges alice's first two sessions).
 */
public class SessionWindowingIT {

    /** A print sink's line at parallelism 2: {@code 1> value} or, for the late clicks, {@code late:2> value}. */
    private static final Pattern PRINTED = Pattern.compile("^(late:)?[12]> (.+)$", Pattern.MULTILINE);

    @Test
    public void localPrintsEverySessionAndEveryLateClickOnce() throws Exception {
        RiffleProcess.Result result = RiffleProcess.run("", "local", "--slots", "2", System.getProperty("riffle.examples.windowing"),
                "--parallelism", "2");
        assertEquals(result.out() + result.err(), 0, result.exitCode());
        List<String> sessions = new ArrayList<>();
        List<String> late = new ArrayList<>();
        Matcher printed = PRINTED.matcher(result.out());
        while (printed.find()) {
            (printed.group(1) == null ? sessions : late).add(printed.group(2));
        }
        sessions.sort(null);
        late.sort(null);
        // in string order: carol's [12, 15) before [2, 5)
        assertEquals(result.out(), List.of(
                "alice: session [1, 9), 7 clicks",
                "alice: session [11, 15), 3 clicks",
                "bob: session [1, 6), 3 clicks",
                "bob: session [10, 13), 1 click",
                "carol: session [12, 15), 1 click",
                "carol: session [2, 5), 1 click",
                "carol: session [5, 10), 3 clicks"), sessions);
        assertEquals(result.out(), List.of("bob: 4 clicks at 5", "carol: 1 click at 6"), late);
        assertTrue(result.err(), result.err().contains("FINISHED"));
    }
}
