package io.riffle.api.java.typeutils;

import io.riffle.api.common.functions.InvalidTypesException;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;

/**
 * What a serializable lambda or method reference calls, read from its {@link SerializedLambda}:
 * the implementation method and how the functional interface's parameters map onto its
 * parameters. Lambda bodies compile to synthetic methods without generic signatures, so their
 * types are erased; method references point at the user's method, whose generic signature is
 * intact.
 */
final class LambdaSignature {

    private final SerializedLambda lambda;
    private final Executable implementation;
    private final Class<?> implClass;

    private LambdaSignature(SerializedLambda lambda, Executable implementation, Class<?> implClass) {
        this.lambda = lambda;
        this.implementation = implementation;
        this.implClass = implClass;
    }

    /** The signature of {@code function} if it is a serializable lambda or method reference, else {@code null}. */
    static LambdaSignature of(Object function) {
        SerializedLambda lambda = serializedLambda(function);
        if (lambda == null) {
            return null;
        }
        ClassLoader loader = function.getClass().getClassLoader();
        Class<?> implClass = load(lambda.getImplClass(), loader);
        return new LambdaSignature(lambda, findImplementation(lambda, implClass), implClass);
    }

    private static SerializedLambda serializedLambda(Object function) {
        Class<?> type = function.getClass();
        if (!type.isSynthetic() && !type.isHidden()) {
            return null;
        }
        try {
            Method writeReplace = type.getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            Object replacement = writeReplace.invoke(function);
            return replacement instanceof SerializedLambda serialized ? serialized : null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new InvalidTypesException("cannot inspect the lambda " + type.getName(), e);
        }
    }

    private static Class<?> load(String internalName, ClassLoader loader) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, loader);
        } catch (ClassNotFoundException e) {
            throw new InvalidTypesException("cannot load " + internalName + ", which implements a lambda", e);
        }
    }

    private static Executable findImplementation(SerializedLambda lambda, Class<?> implClass) {
        String name = lambda.getImplMethodName();
        String descriptor = lambda.getImplMethodSignature();
        if (lambda.getImplMethodKind() == MethodHandleInfo.REF_newInvokeSpecial) {
            for (var constructor : implClass.getDeclaredConstructors()) {
                if (MethodType.methodType(void.class, constructor.getParameterTypes()).toMethodDescriptorString().equals(descriptor)) {
                    return constructor;
                }
            }
        }
        // A method reference may name a class that inherits the method, so search upwards.
        for (Class<?> c = implClass; c != null; c = c.getSuperclass()) {
            Method found = findIn(c.getDeclaredMethods(), name, descriptor);
            if (found != null) {
                return found;
            }
        }
        Method found = findIn(implClass.getMethods(), name, descriptor);
        if (found != null) {
            return found;
        }
        throw new InvalidTypesException("cannot find the method " + implClass.getName() + "." + name + descriptor
                + " that implements a lambda");
    }

    private static Method findIn(Method[] methods, String name, String descriptor) {
        for (Method m : methods) {
            if (m.getName().equals(name)
                    && MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString().equals(descriptor)) {
                return m;
            }
        }
        return null;
    }

    /** The generic return type of the implementation; for a constructor reference, the class built. */
    Type returnType() {
        return implementation instanceof Method m ? m.getGenericReturnType() : implClass;
    }

    /**
     * The generic type of the implementation's argument that receives the functional interface's
     * parameter {@code samIndex}. Captured values come first, so the interface's parameters are the
     * last ones; an instance method's receiver counts as its first parameter.
     */
    Type parameterType(int samIndex) {
        int index = lambda.getCapturedArgCount() + samIndex;
        boolean hasReceiver = implementation instanceof Method m && !Modifier.isStatic(m.getModifiers());
        if (hasReceiver) {
            if (index == 0) {
                return implClass;
            }
            index--;
        }
        Type[] params = implementation.getGenericParameterTypes();
        if (index < 0 || index >= params.length) {
            throw new InvalidTypesException("the lambda implemented by " + describeImplementation()
                    + " does not take the functional interface's parameter " + samIndex);
        }
        return params[index];
    }

    /** Whether the implementation is a compiler-generated lambda body rather than a user method. */
    boolean isLambdaBody() {
        return implementation.isSynthetic() || implementation.getName().startsWith("lambda$");
    }

    String functionalInterfaceMethodName() {
        return lambda.getFunctionalInterfaceMethodName();
    }

    /** For messages: "lambda in WordCount" or "method reference String::length". */
    String describe() {
        String capturing = lambda.getCapturingClass().replace('/', '.');
        capturing = capturing.substring(capturing.lastIndexOf('.') + 1);
        return isLambdaBody() ? "lambda in " + capturing : "method reference " + describeImplementation();
    }

    private String describeImplementation() {
        String method = implementation instanceof Method m ? m.getName() : "new";
        return implClass.getSimpleName() + "::" + method;
    }
}
