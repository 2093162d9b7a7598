package io.riffle.api.java.typeutils;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.typeinfo.TypeInformation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/** The output type of a function class or lambda; the extraction behind {@link TypeExtractor}'s function methods. */
final class FunctionTypes {

    private FunctionTypes() {}

    static TypeInformation<?> classOutput(
            Class<?> functionClass, Class<?> baseInterface, int inputIndex, int outputIndex, TypeInformation<?> inType) {
        Map<TypeVariable<?>, Type> env = new HashMap<>();
        Type base = TypeHierarchy.findSuperType(functionClass, baseInterface, env);
        if (base == null) {
            throw new InvalidTypesException(functionClass.getName() + " is no " + baseInterface.getSimpleName());
        }
        if (!(base instanceof ParameterizedType parameterized)) {
            throw new InvalidTypesException(functionClass.getSimpleName() + " implements the raw type "
                    + baseInterface.getSimpleName() + " without type arguments");
        }
        Type[] args = parameterized.getActualTypeArguments();
        TypeAnalyzer analyzer = new TypeAnalyzer(env);
        if (inType != null && inputIndex >= 0 && inputIndex < args.length) {
            analyzer.bindInput(args[inputIndex], inType);
        }
        return analyzer.analyze(args[outputIndex]);
    }

    static TypeInformation<?> lambdaOutput(
            LambdaSignature lambda, Class<?> baseInterface, int inputIndex, int outputIndex, TypeInformation<?> inType) {
        Method sam = singleAbstractMethod(baseInterface, lambda.functionalInterfaceMethodName());
        TypeVariable<?>[] params = baseInterface.getTypeParameters();
        TypeAnalyzer analyzer = new TypeAnalyzer();
        Type[] samParams = sam.getGenericParameterTypes();
        if (inType != null && inputIndex >= 0) {
            for (int i = 0; i < samParams.length; i++) {
                if (samParams[i] == params[inputIndex]) {
                    analyzer.bindInput(lambda.parameterType(i), inType);
                }
            }
        }
        TypeVariable<?> output = params[outputIndex];
        Type outType;
        if (sam.getGenericReturnType() == output) {
            outType = lambda.returnType();
        } else {
            outType = outputFromParameter(lambda, samParams, output);
        }
        if (outType == Object.class) {
            throw new ErasedTypeException("the lambda's result is erased to Object");
        }
        return analyzer.analyze(outType);
    }

    /** The output bound in a parameter such as {@code Collector<O>} of {@code flatMap(I, Collector<O>)}. */
    private static Type outputFromParameter(LambdaSignature lambda, Type[] samParams, TypeVariable<?> output) {
        for (int i = 0; i < samParams.length; i++) {
            if (samParams[i] instanceof ParameterizedType declared) {
                Type[] declaredArgs = declared.getActualTypeArguments();
                for (int a = 0; a < declaredArgs.length; a++) {
                    if (declaredArgs[a] == output) {
                        Type actual = lambda.parameterType(i);
                        if (actual instanceof ParameterizedType parameterized) {
                            return parameterized.getActualTypeArguments()[a];
                        }
                        throw TypeAnalyzer.erased(TypeHierarchy.rawClass(declared));
                    }
                }
            }
        }
        throw new InvalidTypesException("the functional interface method does not mention the output type " + output.getName());
    }

    private static Method singleAbstractMethod(Class<?> baseInterface, String name) {
        for (Class<?> c = baseInterface; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && Modifier.isAbstract(m.getModifiers())) {
                    return m;
                }
            }
        }
        throw new InvalidTypesException(baseInterface.getSimpleName() + " has no abstract method " + name
                + "; is the lambda really a " + baseInterface.getSimpleName() + "?");
    }

    /** The message a job author sees: what failed and which hint fixes it. */
    static InvalidTypesException explain(String function, LambdaSignature lambda, InvalidTypesException cause) {
        String reason = cause.getMessage();
        boolean erasure = ErasedTypeException.isErasure(cause);
        if (!erasure) {
            // A hint would not help: the type itself cannot be serialized.
            return new InvalidTypesException("The return type of " + function + " is not supported: " + reason, cause);
        }
        StringBuilder message = new StringBuilder("The return type of ").append(function)
                .append(" could not be determined automatically because of Java's type erasure (").append(reason)
                .append("). Give a hint with .returns(...), e.g. .returns(Types.TUPLE(Types.STRING, Types.LONG))"
                        + " or .returns(new TypeHint<Tuple2<String, Long>>() {})");
        if (lambda != null) {
            message.append(", or implement the function as a (anonymous) class");
        }
        return new InvalidTypesException(message.toString(), cause);
    }
}
