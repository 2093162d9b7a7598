package io.riffle.taskmanager.internal.network.event;

/**
 * A control message that travels in a channel between records, in its own buffer (checkpoint
 * barriers will be the next kind). Serialized by
 * {@link io.riffle.taskmanager.internal.network.serialization.EventSerializer}.
 */
public sealed interface RuntimeEvent permits EndOfPartitionEvent {}
