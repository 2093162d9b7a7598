/**
 * User functions: the interfaces job authors implement, their rich variants with {@code open}/{@code close}\n * and the {@link io.riffle.api.common.functions.RuntimeContext} they see.\n *\n * <p>Mirrors {@code org.apache.flink.api.common.functions}. Job authors implement the functions; the\n * runtime implements {@code RuntimeContext} and calls the functions.
 */
@Version("1.0.0")
package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.Version;
