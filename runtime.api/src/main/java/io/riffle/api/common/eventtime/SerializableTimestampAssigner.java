package io.riffle.api.common.eventtime;

import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/** A {@link TimestampAssigner} that can be a lambda shipped with the job. */
@ConsumerType
@FunctionalInterface
public interface SerializableTimestampAssigner<T> extends TimestampAssigner<T>, Serializable {}
