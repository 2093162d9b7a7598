package io.riffle.streaming.api.environment;

import io.riffle.api.connector.source.Boundedness;
import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.Source;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.SourceSplit;
import io.riffle.api.connector.source.SplitEnumerator;
import io.riffle.api.connector.source.SplitEnumeratorContext;
import io.riffle.api.connector.source.lib.SplitListSerializer;
import io.riffle.api.connector.source.lib.SplitRequestingSourceReader;
import io.riffle.api.connector.source.lib.StaticSplitEnumerator;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import io.riffle.core.io.SimpleVersionedSerializer;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lines of a file, or of every regular file in a directory (not recursive): one split per file,
 * handed to whichever reader asks. The path is resolved where the enumerator runs (the JobMaster),
 * so the files must be visible there and on the TaskManagers.
 */
final class TextFileSource implements Source<String, TextFileSource.FileSplit, Collection<TextFileSource.FileSplit>> {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String charsetName;

    TextFileSource(String path, Charset charset) {
        this.path = path;
        this.charsetName = charset.name();
    }

    /** One file to read, from line {@code skipLines} on (0-based). */
    record FileSplit(String splitId, String path, long skipLines) implements SourceSplit {}

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<String, FileSplit> createReader(SourceReaderContext readerContext) {
        return new LineReader(readerContext, Charset.forName(charsetName));
    }

    @Override
    public SplitEnumerator<FileSplit, Collection<FileSplit>> createEnumerator(SplitEnumeratorContext<FileSplit> context)
            throws IOException {
        Path root = Path.of(path);
        List<FileSplit> splits = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.list(root)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> splits.add(new FileSplit(f.toString(), f.toString(), 0)));
            }
        } else if (Files.isRegularFile(root)) {
            splits.add(new FileSplit(root.toString(), root.toString(), 0));
        } else {
            throw new FileNotFoundException("readTextFile: " + root.toAbsolutePath() + " is neither a file nor a directory");
        }
        return new StaticSplitEnumerator<>(context, splits);
    }

    @Override
    public SplitEnumerator<FileSplit, Collection<FileSplit>> restoreEnumerator(SplitEnumeratorContext<FileSplit> context,
            Collection<FileSplit> checkpoint) {
        return new StaticSplitEnumerator<>(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<FileSplit> getSplitSerializer() {
        return new SplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<Collection<FileSplit>> getEnumeratorCheckpointSerializer() {
        return new SplitListSerializer<>(new SplitSerializer());
    }

    /** Version 1: the path (modified UTF-8; it is also the split id), then the lines to skip. */
    private static final class SplitSerializer implements SimpleVersionedSerializer<FileSplit> {

        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(FileSplit split) throws IOException {
            DataOutputSerializer out = new DataOutputSerializer(64);
            out.writeUTF(split.path());
            out.writeLong(split.skipLines());
            return out.getCopyOfBuffer();
        }

        @Override
        public FileSplit deserialize(int version, byte[] serialized) throws IOException {
            if (version != 1) {
                throw new IOException("unknown file split version " + version);
            }
            DataInputDeserializer in = new DataInputDeserializer(serialized);
            String path = in.readUTF();
            return new FileSplit(path, path, in.readLong());
        }
    }

    /** Reads its files line by line, a batch of lines per poll. */
    private static final class LineReader extends SplitRequestingSourceReader<String, FileSplit> {

        private static final int BATCH = 64;

        private final Charset charset;
        private FileSplit current;
        private BufferedReader lines;
        private long linesRead;

        LineReader(SourceReaderContext context, Charset charset) {
            super(context);
            this.charset = charset;
        }

        @Override
        protected void startSplit(FileSplit split) throws IOException {
            current = split;
            lines = Files.newBufferedReader(Path.of(split.path()), charset);
            linesRead = 0;
            while (linesRead < split.skipLines() && lines.readLine() != null) {
                linesRead++;
            }
        }

        @Override
        protected boolean emitBatch(ReaderOutput<String> output) throws IOException {
            for (int i = 0; i < BATCH; i++) {
                String line = lines.readLine();
                if (line == null) {
                    lines.close();
                    lines = null;
                    return false;
                }
                linesRead++;
                output.collect(line);
            }
            return true;
        }

        @Override
        protected FileSplit remainderOfCurrentSplit() {
            return new FileSplit(current.splitId(), current.path(), linesRead);
        }

        @Override
        public void close() throws IOException {
            if (lines != null) {
                lines.close();
            }
        }
    }
}
