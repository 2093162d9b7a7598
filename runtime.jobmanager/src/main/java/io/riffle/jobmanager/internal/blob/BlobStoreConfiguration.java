package io.riffle.jobmanager.internal.blob;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the JobManager keeps blobs: the launcher writes {@code blob.storage.directory} of riffle.yaml here. */
@ObjectClassDefinition(name = "Riffle blob store", description = "Where the JobManager keeps the job bundles TaskManagers fetch.")
public @interface BlobStoreConfiguration {

    /** PID of this configuration; TaskManagers read the same one for the folder of the bundles they fetch. */
    String PID = "io.riffle.blob";

    @AttributeDefinition(name = "Storage directory",
            description = "Folder in which the process makes a fresh folder for its blobs, deleted when it stops; empty: java.io.tmpdir.")
    String blob_storage_directory() default "";
}
