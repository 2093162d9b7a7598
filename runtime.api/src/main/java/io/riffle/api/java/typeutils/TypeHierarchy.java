package io.riffle.api.java.typeutils;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks generic supertypes, recording what each type variable is bound to on the way. */
final class TypeHierarchy {

    private TypeHierarchy() {}

    /**
     * The generic form of {@code base} as {@code start} extends or implements it, for example
     * {@code FlatMapFunction<String, Tuple2<String, Integer>>} for a {@code Tokenizer}. Type
     * variables of the classes in between are recorded in {@code env}, so that a type argument
     * that is a variable ({@code RichMapFunction<I, O>}'s {@code O}) can be followed down to what
     * the subclass bound it to. Returns {@code base} itself (a raw {@code Class}) when it is reached
     * without type arguments, and {@code null} if {@code start} is no subtype of {@code base}.
     */
    static Type findSuperType(Class<?> start, Class<?> base, Map<TypeVariable<?>, Type> env) {
        if (start == base) {
            return base;
        }
        for (Type superType : genericSupertypes(start)) {
            Class<?> raw = rawClass(superType);
            if (raw == null || !base.isAssignableFrom(raw)) {
                continue;
            }
            if (superType instanceof ParameterizedType parameterized) {
                bind(raw, parameterized, env);
            }
            if (raw == base) {
                return superType;
            }
            return findSuperType(raw, base, env);
        }
        return null;
    }

    /** Records that {@code raw}'s type parameters stand for {@code parameterized}'s arguments. */
    static void bind(Class<?> raw, ParameterizedType parameterized, Map<TypeVariable<?>, Type> env) {
        TypeVariable<?>[] params = raw.getTypeParameters();
        Type[] args = parameterized.getActualTypeArguments();
        for (int i = 0; i < params.length && i < args.length; i++) {
            if (args[i] != params[i]) {
                env.put(params[i], args[i]);
            }
        }
    }

    /** Follows a chain of variable bindings to the type it ends in (a variable if unbound). */
    static Type resolve(Type type, Map<TypeVariable<?>, Type> env) {
        Type current = type;
        for (int hops = 0; current instanceof TypeVariable<?> && env.containsKey(current); hops++) {
            if (hops > env.size()) {
                break; // a cycle such as class A<T> extends B<A<T>>: stop rather than loop
            }
            current = env.get(current);
        }
        return current;
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static List<Type> genericSupertypes(Class<?> type) {
        List<Type> result = new ArrayList<>();
        if (type.getGenericSuperclass() != null) {
            result.add(type.getGenericSuperclass());
        }
        result.addAll(List.of(type.getGenericInterfaces()));
        return result;
    }
}
