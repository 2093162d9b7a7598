package io.riffle.api.connector.source;

import org.osgi.annotation.versioning.ConsumerType;

/** A piece of a source's data that one reader reads, e.g. a range of numbers or a file. */
@ConsumerType
public interface SourceSplit {

    String splitId();
}
