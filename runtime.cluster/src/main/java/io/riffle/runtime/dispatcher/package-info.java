/**
 * The Dispatcher's gateway: where jobs are submitted, listed, cancelled and their results fetched.\n *\n * <p>Implemented by the JobManager bundle; called by clients (the executors behind\n * {@code execute()}, the CLI, the shell).
 */
@Version("1.1.0")
package io.riffle.runtime.dispatcher;

import org.osgi.annotation.versioning.Version;
