package io.riffle.api.dag;

import org.osgi.annotation.versioning.ProviderType;

/** A complete job description, ready to be translated and executed. */
@ProviderType
public interface Pipeline {

    String getJobName();
}
