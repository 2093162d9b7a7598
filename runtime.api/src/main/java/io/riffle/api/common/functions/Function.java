package io.riffle.api.common.functions;

import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The base of all user functions. Functions are serializable: the job graph carries them to the
 * task slots, where every parallel subtask gets its own deserialized instance.
 */
@ConsumerType
public interface Function extends Serializable {}
