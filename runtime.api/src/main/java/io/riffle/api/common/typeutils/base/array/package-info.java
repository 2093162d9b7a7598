/**
 * Serializers of primitive arrays ({@code byte[]}, {@code int[]}, ...): the length, then the
 * elements.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.typeutils.base.array}. The runtime implements them
 * and creates them through {@link io.riffle.api.common.typeinfo.PrimitiveArrayTypeInfo}.
 */
@Version("1.0.0")
package io.riffle.api.common.typeutils.base.array;

import org.osgi.annotation.versioning.Version;
