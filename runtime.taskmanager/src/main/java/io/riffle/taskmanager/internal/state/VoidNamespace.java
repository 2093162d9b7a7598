package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;

/** The one namespace of plain keyed state (state not scoped to a window). */
public enum VoidNamespace {
    INSTANCE;

    /** Writes the void namespace as nothing: every entry of plain keyed state has it. */
    public static final class Serializer extends TypeSerializer<VoidNamespace> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<VoidNamespace> duplicate() {
            return this;
        }

        @Override
        public VoidNamespace copy(VoidNamespace from) {
            return from;
        }

        @Override
        public int getLength() {
            return 0;
        }

        @Override
        public void serialize(VoidNamespace record, DataOutputView target) {
            // nothing to write: there is one value
        }

        @Override
        public VoidNamespace deserialize(DataInputView source) {
            return INSTANCE;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Serializer;
        }

        @Override
        public int hashCode() {
            return Serializer.class.hashCode();
        }
    }
}
