package io.riffle.bench.digest;

import java.util.Map;
import java.util.Optional;

/** The digest table of JOBS.md, by job and N: what every engine and every loop must print. */
public final class JobsMdDigests {

    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("wordcount/20000000", "10000/20000000/b683f379a0f498bf/0e861e2450c3355a"),
            Map.entry("chain/100000000", "50000000/3750000025000000"),
            Map.entry("window/20000000", "12645667/327702983161/0d8c58fe8accb78c"),
            Map.entry("shuffle-bytes/10000000", "10000000/49999995000000/1275004480"),
            Map.entry("wordcount/1000", "952/1000/28fc101ccdc5950f/4202011f311cde59"),
            Map.entry("chain/1000", "500/375250"),
            Map.entry("window/1000", "647/16655462/0000003fea94f3cc"),
            Map.entry("shuffle-bytes/1000", "1000/499500/128484"),
            Map.entry("wordcount/1000003", "10000/1000003/c61859297c8b6703/dc562d21ae968724"),
            Map.entry("chain/1000003", "500001/375001750002"),
            Map.entry("window/1000003", "632387/16388403331/001e098754427f96"),
            Map.entry("shuffle-bytes/1000003", "1000003/500002500003/127500684"));

    private JobsMdDigests() {}

    /** JOBS.md's digest of {@code job} at {@code records}, if its table lists that size. */
    public static Optional<String> of(String job, long records) {
        return Optional.ofNullable(TABLE.get(job + "/" + records));
    }
}
