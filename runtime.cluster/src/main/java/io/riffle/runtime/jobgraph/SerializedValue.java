package io.riffle.runtime.jobgraph;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A Java-serialized object that holds user code. It is deserialized only where a job's class loader
 * is known: classes resolve through the job's loader first, then through the runtime's own API
 * loaders (which the job bundle may not import, e.g. a serializer class it never names).
 */
public final class SerializedValue<T> {

    private final byte[] bytes;

    private SerializedValue(byte[] bytes) {
        this.bytes = bytes;
    }

    public static <T extends Serializable> SerializedValue<T> of(T value) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(value);
        }
        return new SerializedValue<>(buffer.toByteArray());
    }

    public static <T> SerializedValue<T> fromBytes(byte[] bytes) {
        return new SerializedValue<>(bytes.clone());
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /**
     * A fresh copy of the value.
     *
     * @param fallbackLoaders tried in order for classes the user loader cannot load
     */
    @SuppressWarnings("unchecked")
    public T deserialize(ClassLoader userCodeClassLoader, List<ClassLoader> fallbackLoaders) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new UserCodeObjectInputStream(new ByteArrayInputStream(bytes), userCodeClassLoader, fallbackLoaders)) {
            return (T) in.readObject();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SerializedValue<?> other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SerializedValue(" + bytes.length + " bytes)";
    }

    /** Resolves classes through the job's loader, then the fallbacks. */
    private static final class UserCodeObjectInputStream extends ObjectInputStream {

        private final ClassLoader userCodeClassLoader;
        private final List<ClassLoader> fallbackLoaders;

        UserCodeObjectInputStream(InputStream in, ClassLoader userCodeClassLoader, List<ClassLoader> fallbackLoaders) throws IOException {
            super(in);
            this.userCodeClassLoader = userCodeClassLoader;
            this.fallbackLoaders = List.copyOf(fallbackLoaders);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, userCodeClassLoader);
            } catch (ClassNotFoundException notInJob) {
                for (ClassLoader loader : fallbackLoaders) {
                    try {
                        return Class.forName(desc.getName(), false, loader);
                    } catch (ClassNotFoundException e) {
                        notInJob.addSuppressed(e);
                    }
                }
                try {
                    return super.resolveClass(desc);
                } catch (ClassNotFoundException e) {
                    throw notInJob;
                }
            }
        }
    }
}
