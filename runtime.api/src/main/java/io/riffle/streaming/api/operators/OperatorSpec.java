package io.riffle.streaming.api.operators;

import java.io.Serializable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A serializable description of one operator. It travels to the TaskManagers inside the task's
 * deployment, where every parallel subtask deserializes its own copy (and so its own instance of
 * the user function) and builds the operator from it.
 */
@ProviderType
public interface OperatorSpec extends Serializable {

    /** The user function (or source/sink object) this operator calls, for error messages and open/close. */
    Object userFunction();
}
