/**
 * Type information: what the runtime knows about the type of a stream's elements, from which it
 * builds serializers. {@link io.riffle.api.common.typeinfo.Types} and
 * {@link io.riffle.api.common.typeinfo.TypeHint} are the hints job authors give with
 * {@code returns(...)}.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.typeinfo}.
 */
@Version("1.0.0")
package io.riffle.api.common.typeinfo;

import org.osgi.annotation.versioning.Version;
