/**
 * Serializers of the basic types (boxed primitives, {@code String}, {@code BigInteger},
 * {@code BigDecimal}, {@code Instant}, {@code Void}), enums, lists and maps.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.typeutils.base}. The runtime implements them and
 * creates them through {@link io.riffle.api.common.typeinfo.TypeInformation#createSerializer}; the
 * network stack and state backends consume them. The wire formats are Riffle's own, not Flink's.
 */
@Version("1.0.0")
package io.riffle.api.common.typeutils.base;

import org.osgi.annotation.versioning.Version;
