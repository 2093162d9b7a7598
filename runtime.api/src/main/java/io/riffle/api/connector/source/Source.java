package io.riffle.api.connector.source;

import io.riffle.core.io.SimpleVersionedSerializer;
import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A data source: a factory for its split enumerator (run once, on the JobMaster) and its readers
 * (one per parallel subtask). Sources are serializable: the job graph carries them to both sides.
 */
@ConsumerType
public interface Source<T, SplitT extends SourceSplit, EnumChkT> extends Serializable {

    Boundedness getBoundedness();

    SourceReader<T, SplitT> createReader(SourceReaderContext readerContext) throws Exception;

    SplitEnumerator<SplitT, EnumChkT> createEnumerator(SplitEnumeratorContext<SplitT> enumContext) throws Exception;

    SplitEnumerator<SplitT, EnumChkT> restoreEnumerator(SplitEnumeratorContext<SplitT> enumContext, EnumChkT checkpoint)
            throws Exception;

    SimpleVersionedSerializer<SplitT> getSplitSerializer();

    SimpleVersionedSerializer<EnumChkT> getEnumeratorCheckpointSerializer();
}
