package io.riffle.api.java.typeutils;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stands for a type the extractor could not determine, typically a lambda's erased generic result.
 * The DataStream API accepts it so that {@code .returns(...)} can replace it; anything that needs
 * the actual type (a serializer, the arity, ...) throws the original {@link InvalidTypesException}
 * message, which says which hint to give.
 */
@ProviderType
public final class MissingTypeInfo extends TypeInformation<InvalidTypesException> {

    private static final long serialVersionUID = 1L;

    private final String functionName;
    private final InvalidTypesException typeException;

    public MissingTypeInfo(String functionName, InvalidTypesException typeException) {
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.typeException = Objects.requireNonNull(typeException, "typeException");
    }

    public MissingTypeInfo(String functionName) {
        this(functionName, new InvalidTypesException("the output type of " + functionName
                + " is unknown; give it with .returns(...)"));
    }

    public String getFunctionName() {
        return functionName;
    }

    public InvalidTypesException getTypeException() {
        return typeException;
    }

    private InvalidTypesException missing() {
        return new InvalidTypesException(typeException.getMessage(), typeException);
    }

    @Override
    public boolean isBasicType() {
        throw missing();
    }

    @Override
    public boolean isTupleType() {
        throw missing();
    }

    @Override
    public int getArity() {
        throw missing();
    }

    @Override
    public int getTotalFields() {
        throw missing();
    }

    @Override
    public Class<InvalidTypesException> getTypeClass() {
        throw missing();
    }

    @Override
    public boolean isKeyType() {
        throw missing();
    }

    /** Always throws: the type is unknown. */
    @Override
    public TypeSerializer<InvalidTypesException> createSerializer(SerializerConfig config) {
        throw missing();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MissingTypeInfo other
                && functionName.equals(other.functionName)
                && Objects.equals(typeException.getMessage(), other.typeException.getMessage());
    }

    @Override
    public int hashCode() {
        return 31 * functionName.hashCode() + Objects.hashCode(typeException.getMessage());
    }

    @Override
    public String toString() {
        return "MissingTypeInfo(" + functionName + ": " + typeException.getMessage() + ")";
    }
}
