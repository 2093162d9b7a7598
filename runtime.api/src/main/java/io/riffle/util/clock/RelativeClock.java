package io.riffle.util.clock;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A clock that only measures elapsed time (its zero means nothing), for timeouts such as a
 * source's idleness. The runtime can pause it while an input is blocked, so that back pressure is
 * not mistaken for idleness.
 */
@ConsumerType
public interface RelativeClock {

    long relativeTimeMillis();

    long relativeTimeNanos();
}
