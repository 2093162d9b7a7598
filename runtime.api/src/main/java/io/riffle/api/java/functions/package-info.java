/**
 * Key selectors. Mirrors {@code org.apache.flink.api.java.functions}; job authors implement them.
 */
@Version("1.0.0")
package io.riffle.api.java.functions;

import org.osgi.annotation.versioning.Version;
