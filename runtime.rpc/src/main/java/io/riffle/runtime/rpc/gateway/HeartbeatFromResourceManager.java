package io.riffle.runtime.rpc.gateway;

/** {@code TaskExecutorGateway.heartbeatFromResourceManager}: no fields, so its payload is empty. */
public record HeartbeatFromResourceManager() implements TaskExecutorRequest {}
