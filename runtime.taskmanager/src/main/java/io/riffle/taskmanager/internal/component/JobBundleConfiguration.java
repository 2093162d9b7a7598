package io.riffle.taskmanager.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where a TaskManager keeps the job bundles it fetched: {@code blob.storage.directory} of riffle.yaml,
 * the PID the JobManager's blob store reads too.
 */
@ObjectClassDefinition(name = "Riffle job bundles", description = "Where a TaskManager keeps the job bundles it fetches.")
public @interface JobBundleConfiguration {

    String PID = "io.riffle.blob";

    @AttributeDefinition(name = "Storage directory",
            description = "Folder in which the process makes a fresh folder for its blobs, deleted when it stops; empty: java.io.tmpdir.")
    String blob_storage_directory() default "";
}
