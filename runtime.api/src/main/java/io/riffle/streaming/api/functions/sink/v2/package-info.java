/**
 * Ready-made sinks of the sink v2 API, such as {@link io.riffle.streaming.api.functions.sink.v2.DiscardingSink}.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.functions.sink.v2}.
 */
@Version("1.0.0")
package io.riffle.streaming.api.functions.sink.v2;

import org.osgi.annotation.versioning.Version;
