package io.riffle.api.java.typeutils;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.functions.FlatMapFunction;
import io.riffle.api.common.functions.Function;
import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.functions.MapFunction;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.api.java.tuple.Tuple;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Derives type information from classes, generic types and user functions, like Flink's
 * {@code TypeExtractor}. For a function it walks the function class's generic superclasses and
 * interfaces down to the function interface ({@code MapFunction<I, O>}) and reads the bound type
 * arguments; type variables bound to the input (as in {@code class Identity<T> implements
 * MapFunction<T, T>}) are taken from the input type. Lambdas and method references are inspected
 * through their {@code SerializedLambda}: a lambda's result is known only if it is not a generic
 * class (Java erases {@code Tuple2<String, Long>} to {@code Tuple2}), otherwise the result is a
 * {@link MissingTypeInfo} and the job must give {@code .returns(...)}.
 *
 * <p>There is no generic fallback: a type that is not a basic type, primitive array, enum, tuple,
 * record, POJO, {@code List} or {@code Map} is rejected with the reason.
 */
@ProviderType
public final class TypeExtractor {

    private TypeExtractor() {}

    // ---------------------------------------------------------------- classes and generic types

    /** The type information of a class; see {@link TypeInformation#of(Class)}. */
    @SuppressWarnings("unchecked")
    public static <T> TypeInformation<T> getForClass(Class<T> type) {
        return (TypeInformation<T>) new TypeAnalyzer().analyze(type);
    }

    /** Same as {@link #getForClass(Class)}. */
    public static <T> TypeInformation<T> createTypeInfo(Class<T> type) {
        return getForClass(type);
    }

    /** The type information of a generic type such as {@code Tuple2<String, Long>} or {@code List<Event>}. */
    @SuppressWarnings("unchecked")
    public static <T> TypeInformation<T> createTypeInfo(Type type) {
        return (TypeInformation<T>) new TypeAnalyzer().analyze(type);
    }

    /**
     * The type information of a value's class. For plain tuples the field types are taken from the
     * field values (which must not be null), since {@code Tuple2}'s type arguments are erased.
     */
    @SuppressWarnings("unchecked")
    public static <T> TypeInformation<T> getForObject(T value) {
        if (value == null) {
            throw new InvalidTypesException("cannot determine the type of null; give the type explicitly");
        }
        if (value instanceof Tuple tuple && tuple.getClass() == Tuple.getTupleClass(tuple.getArity())) {
            TypeInformation<?>[] fieldTypes = new TypeInformation<?>[tuple.getArity()];
            for (int i = 0; i < fieldTypes.length; i++) {
                Object field = tuple.getField(i);
                if (field == null) {
                    throw new InvalidTypesException("cannot determine the type of field f" + i + " of " + tuple
                            + " because it is null; tuple fields must not be null");
                }
                fieldTypes[i] = getForObject(field);
            }
            return (TypeInformation<T>) new TupleTypeInfo<>(fieldTypes);
        }
        return (TypeInformation<T>) getForClass(value.getClass());
    }

    /**
     * The type argument {@code typeArgIndex} of {@code baseClass} as bound by {@code instance}'s
     * (usually anonymous) class: how {@code new OutputTag<String>("late") {}} and
     * {@code new TypeHint<Tuple2<String, Long>>() {}} learn their type.
     */
    @SuppressWarnings("unchecked")
    public static <X> TypeInformation<X> createTypeInfoFromSubclass(Object instance, Class<?> baseClass, int typeArgIndex) {
        Map<TypeVariable<?>, Type> env = new HashMap<>();
        Type base = TypeHierarchy.findSuperType(instance.getClass(), baseClass, env);
        try {
            if (!(base instanceof java.lang.reflect.ParameterizedType parameterized)) {
                throw new ErasedTypeException(instance.getClass() == baseClass
                        ? "it was created directly, so Java erased its type argument"
                        : instance.getClass().getName() + " does not bind the type argument of " + baseClass.getSimpleName());
            }
            return (TypeInformation<X>) new TypeAnalyzer(env).analyze(parameterized.getActualTypeArguments()[typeArgIndex]);
        } catch (InvalidTypesException e) {
            String example = baseClass.getSimpleName().equals("OutputTag")
                    ? "new OutputTag<String>(\"id\") {}"
                    : "new " + baseClass.getSimpleName() + "<String>() {}";
            throw new InvalidTypesException("Could not determine the type argument of " + baseClass.getSimpleName()
                    + ": " + e.getMessage() + ". Create it as an anonymous subclass `" + example
                    + "` or pass the TypeInformation", e);
        }
    }

    // ---------------------------------------------------------------- functions

    public static <IN, OUT> TypeInformation<OUT> getMapReturnTypes(MapFunction<IN, OUT> mapInterface, TypeInformation<IN> inType) {
        return getMapReturnTypes(mapInterface, inType, "Map", false);
    }

    public static <IN, OUT> TypeInformation<OUT> getMapReturnTypes(
            MapFunction<IN, OUT> mapInterface, TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return getUnaryOperatorReturnType(mapInterface, MapFunction.class, 0, 1, inType, functionName, allowMissing);
    }

    public static <IN, OUT> TypeInformation<OUT> getFlatMapReturnTypes(
            FlatMapFunction<IN, OUT> flatMapInterface, TypeInformation<IN> inType) {
        return getFlatMapReturnTypes(flatMapInterface, inType, "FlatMap", false);
    }

    public static <IN, OUT> TypeInformation<OUT> getFlatMapReturnTypes(
            FlatMapFunction<IN, OUT> flatMapInterface, TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return getUnaryOperatorReturnType(flatMapInterface, FlatMapFunction.class, 0, 1, inType, functionName, allowMissing);
    }

    /** The key type of a key selector; throws if it cannot be determined (keys are needed right away). */
    public static <IN, KEY> TypeInformation<KEY> getKeySelectorTypes(KeySelector<IN, KEY> selector, TypeInformation<IN> inType) {
        return getUnaryOperatorReturnType(selector, KeySelector.class, 0, 1, inType, "KeySelector", false);
    }

    public static <IN, ACC> TypeInformation<ACC> getAggregateFunctionAccumulatorType(
            AggregateFunction<IN, ACC, ?> function, TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return getUnaryOperatorReturnType(function, AggregateFunction.class, 0, 1, inType, functionName, allowMissing);
    }

    public static <IN, OUT> TypeInformation<OUT> getAggregateFunctionReturnType(
            AggregateFunction<IN, ?, OUT> function, TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return getUnaryOperatorReturnType(function, AggregateFunction.class, 0, 2, inType, functionName, allowMissing);
    }

    /**
     * The output type of any function class or lambda, for operators without a dedicated method
     * ({@code ProcessFunction<I, O>}: index 1, {@code KeyedProcessFunction<K, I, O>}: index 2,
     * {@code GeneratorFunction<Long, O>}: index 1). The input is taken to be the type argument
     * just before the output; use {@link #getUnaryOperatorReturnType} when it is elsewhere. Returns
     * a {@link MissingTypeInfo} if the type cannot be determined.
     */
    public static <OUT> TypeInformation<OUT> getOutputType(
            Object function, Class<?> baseInterface, int outputTypeArgIndex, TypeInformation<?> inType) {
        return getUnaryOperatorReturnType(function, baseInterface, outputTypeArgIndex - 1, outputTypeArgIndex, inType,
                baseInterface.getSimpleName(), true);
    }

    /** As {@link #getUnaryOperatorReturnType(Object, Class, int, int, TypeInformation, String, boolean)} for {@link Function}s. */
    public static <IN, OUT> TypeInformation<OUT> getUnaryOperatorReturnType(
            Function function, Class<?> baseInterface, int inputTypeArgumentIndex, int outputTypeArgumentIndex,
            TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return getUnaryOperatorReturnType((Object) function, baseInterface, inputTypeArgumentIndex,
                outputTypeArgumentIndex, inType, functionName, allowMissing);
    }

    /**
     * The type argument {@code outputTypeArgumentIndex} of {@code baseInterface} as bound by
     * {@code function}. {@code inputTypeArgumentIndex} (or -1) names the argument that
     * {@code inType} describes, to resolve type variables bound to the input. If the type cannot be
     * determined, returns a {@link MissingTypeInfo} when {@code allowMissing}, else throws an
     * {@link InvalidTypesException} that says how to give the type.
     */
    @SuppressWarnings("unchecked")
    public static <IN, OUT> TypeInformation<OUT> getUnaryOperatorReturnType(
            Object function, Class<?> baseInterface, int inputTypeArgumentIndex, int outputTypeArgumentIndex,
            TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        if (function instanceof ResultTypeQueryable<?> queryable) {
            return (TypeInformation<OUT>) queryable.getProducedType();
        }
        LambdaSignature lambda = null;
        try {
            lambda = LambdaSignature.of(function);
            TypeInformation<?> inOrNull = inType instanceof MissingTypeInfo ? null : inType;
            return (TypeInformation<OUT>) (lambda != null
                    ? FunctionTypes.lambdaOutput(lambda, baseInterface, inputTypeArgumentIndex, outputTypeArgumentIndex, inOrNull)
                    : FunctionTypes.classOutput(function.getClass(), baseInterface, inputTypeArgumentIndex,
                            outputTypeArgumentIndex, inOrNull));
        } catch (InvalidTypesException e) {
            String described = functionName + " (" + (lambda != null ? lambda.describe() : function.getClass().getName()) + ")";
            InvalidTypesException explained = FunctionTypes.explain(described, lambda, e);
            if (allowMissing) {
                return (TypeInformation<OUT>) new MissingTypeInfo(functionName, explained);
            }
            throw explained;
        }
    }
}
