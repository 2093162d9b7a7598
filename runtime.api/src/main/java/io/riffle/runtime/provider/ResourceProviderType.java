package io.riffle.runtime.provider;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type that sets {@value ResourceProvider#TYPE_PROPERTY} on a
 * {@link ResourceProvider} component: {@code @ResourceProviderType("kubernetes")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ResourceProviderType {

    /** Prefix that, with the name derived from this annotation, gives {@value ResourceProvider#TYPE_PROPERTY}. */
    String PREFIX_ = "riffle.";

    /** The provider type, e.g. {@code standalone}. */
    String value();
}
