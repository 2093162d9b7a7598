package io.riffle.streaming.api.environment;

import io.riffle.api.connector.source.Boundedness;
import io.riffle.api.connector.source.ReaderOutput;
import io.riffle.api.connector.source.Source;
import io.riffle.api.connector.source.SourceReader;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.SourceSplit;
import io.riffle.api.connector.source.SplitEnumerator;
import io.riffle.api.connector.source.SplitEnumeratorContext;
import io.riffle.api.connector.source.lib.StaticSplitEnumerator;
import io.riffle.core.io.InputStatus;
import io.riffle.core.io.SimpleVersionedSerializer;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
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

    /** One file to read. */
    record FileSplit(String splitId, String path) implements SourceSplit {}

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
                files.filter(Files::isRegularFile).sorted().forEach(f -> splits.add(new FileSplit(f.toString(), f.toString())));
            }
        } else if (Files.isRegularFile(root)) {
            splits.add(new FileSplit(root.toString(), root.toString()));
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
        return new SimpleVersionedSerializer<>() {
            @Override
            public int getVersion() {
                return 1;
            }

            @Override
            public byte[] serialize(Collection<FileSplit> splits) {
                return String.join("\n", splits.stream().map(FileSplit::path).toList()).getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public Collection<FileSplit> deserialize(int version, byte[] serialized) {
                String text = new String(serialized, StandardCharsets.UTF_8);
                return text.isEmpty() ? List.of() : Stream.of(text.split("\n")).map(p -> new FileSplit(p, p)).toList();
            }
        };
    }

    /** Version 1: the path in UTF-8 (the split id is the path). */
    private static final class SplitSerializer implements SimpleVersionedSerializer<FileSplit> {

        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(FileSplit split) {
            return split.path().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public FileSplit deserialize(int version, byte[] serialized) throws IOException {
            if (version != 1) {
                throw new IOException("unknown file split version " + version);
            }
            String p = new String(serialized, StandardCharsets.UTF_8);
            return new FileSplit(p, p);
        }
    }

    /** Reads its files line by line, a batch of lines per poll. */
    private static final class LineReader implements SourceReader<String, FileSplit> {

        private static final int BATCH = 64;

        private final SourceReaderContext context;
        private final Charset charset;
        private final Queue<FileSplit> splits = new ArrayDeque<>();
        private CompletableFuture<Void> available = new CompletableFuture<>();
        private BufferedReader current;
        private boolean requested;
        private boolean noMoreSplits;

        LineReader(SourceReaderContext context, Charset charset) {
            this.context = context;
            this.charset = charset;
        }

        @Override
        public void start() {
            request();
        }

        private void request() {
            if (!requested) {
                requested = true;
                context.sendSplitRequest();
            }
        }

        @Override
        public InputStatus pollNext(ReaderOutput<String> output) throws IOException {
            if (current == null) {
                FileSplit split = splits.poll();
                if (split == null) {
                    return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
                }
                current = Files.newBufferedReader(Path.of(split.path()), charset);
            }
            for (int i = 0; i < BATCH; i++) {
                String line = current.readLine();
                if (line == null) {
                    current.close();
                    current = null;
                    if (splits.isEmpty()) {
                        request();
                    }
                    break;
                }
                output.collect(line);
            }
            return InputStatus.MORE_AVAILABLE;
        }

        @Override
        public CompletableFuture<Void> isAvailable() {
            return available;
        }

        @Override
        public void addSplits(List<FileSplit> newSplits) {
            splits.addAll(newSplits);
            requested = false;
            signal();
        }

        @Override
        public void notifyNoMoreSplits() {
            noMoreSplits = true;
            signal();
        }

        private void signal() {
            CompletableFuture<Void> waiting = available;
            available = new CompletableFuture<>();
            waiting.complete(null);
        }

        @Override
        public List<FileSplit> snapshotState(long checkpointId) {
            throw new UnsupportedOperationException("text file sources cannot be checkpointed yet");
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                try {
                    current.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("closing " + current, e);
                }
            }
        }
    }
}
