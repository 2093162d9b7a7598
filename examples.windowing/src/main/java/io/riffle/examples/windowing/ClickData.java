package io.riffle.examples.windowing;

import java.util.List;

/**
 * The built-in clicks, in the order they arrive, out of order on purpose. The comments follow the
 * default run (gap 3 ms, watermark = highest timestamp so far - 3 ms, emitted after each click):
 * they name the watermark each click brings and the sessions that it fires.
 */
final class ClickData {

    static final List<Click> CLICKS = List.of(
            new Click("alice", 1, 1),   // watermark -2
            new Click("bob", 1, 2),
            new Click("carol", 2, 1),   // watermark -1
            new Click("bob", 3, 1),     // watermark 0; bob's session [1, 6)
            new Click("alice", 2, 2),   // 1 ms behind; alice's session [1, 5)
            new Click("alice", 6, 1),   // watermark 3; alice's [6, 9) is apart from [1, 5)
            new Click("alice", 4, 3),   // 2 ms behind, on time: [4, 7) bridges [1, 5) and [6, 9) into [1, 9)
            new Click("carol", 7, 2),   // watermark 4: carol's [2, 5) fires
            new Click("carol", 5, 1),   // on time, but [2, 5) has fired: [5, 8) joins only [7, 10), making [5, 10)
            new Click("bob", 10, 1),    // watermark 7: bob's [1, 6) fires
            new Click("bob", 5, 4),     // late: its window [5, 8) ended at 7, and the watermark is 7
            new Click("alice", 11, 1),  // watermark 8: alice's [1, 9) fires
            new Click("carol", 12, 1),  // watermark 9: carol's [5, 10) fires
            new Click("carol", 6, 1),   // late: [6, 9) ended at 8, behind watermark 9
            new Click("alice", 12, 2)); // the end of input fires bob's [10, 13), alice's [11, 15), carol's [12, 15)

    private ClickData() {}
}
