package io.riffle.api.java.typeutils;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.typeinfo.BasicTypeInfo;
import io.riffle.api.common.typeinfo.PrimitiveArrayTypeInfo;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.java.tuple.Tuple;
import io.riffle.api.java.typeutils.runtime.PojoFieldAccess;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a reflective {@link Type} into type information. One instance serves one extraction; it
 * knows the bindings of the function's type variables ({@code functionEnv}, found by walking the
 * function's class hierarchy) and those inferred from the input type ({@code inputBindings}).
 * Type variables of data classes (a generic POJO or tuple subclass) are bound per use, in a scope
 * map, so the same generic class can appear nested with different arguments.
 */
final class TypeAnalyzer {

    private final Map<TypeVariable<?>, Type> functionEnv;
    private final Map<TypeVariable<?>, TypeInformation<?>> inputBindings = new HashMap<>();
    private final Set<Class<?>> inProgress = new HashSet<>();

    TypeAnalyzer(Map<TypeVariable<?>, Type> functionEnv) {
        this.functionEnv = functionEnv;
    }

    TypeAnalyzer() {
        this(Map.of());
    }

    TypeInformation<?> analyze(Type type) {
        return analyze(type, Map.of());
    }

    /**
     * Binds the type variables in {@code declared} (the function's input type argument) from the
     * actual input type, so that {@code class Identity<T> implements MapFunction<T, T>} yields the
     * input type as output type.
     */
    void bindInput(Type declared, TypeInformation<?> actual) {
        Type resolved = TypeHierarchy.resolve(declared, functionEnv);
        if (resolved instanceof TypeVariable<?> variable) {
            inputBindings.putIfAbsent(variable, actual);
        } else if (resolved instanceof ParameterizedType parameterized) {
            Type[] args = parameterized.getActualTypeArguments();
            Class<?> raw = TypeHierarchy.rawClass(parameterized);
            if (actual instanceof TupleTypeInfo<?> tuple && raw == actual.getTypeClass() && args.length == tuple.getArity()) {
                for (int i = 0; i < args.length; i++) {
                    bindInput(args[i], tuple.getTypeAt(i));
                }
            } else if (actual instanceof ListTypeInfo<?> list && args.length == 1) {
                bindInput(args[0], list.getElementTypeInfo());
            } else if (actual instanceof MapTypeInfo<?, ?> map && args.length == 2) {
                bindInput(args[0], map.getKeyTypeInfo());
                bindInput(args[1], map.getValueTypeInfo());
            }
        }
    }

    private TypeInformation<?> analyze(Type type, Map<TypeVariable<?>, TypeInformation<?>> scope) {
        if (type instanceof Class<?> c) {
            return analyzeClass(c, null);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = TypeHierarchy.rawClass(parameterized);
            Type[] args = parameterized.getActualTypeArguments();
            List<TypeInformation<?>> argInfos = new ArrayList<>(args.length);
            for (Type arg : args) {
                argInfos.add(analyze(arg, scope));
            }
            return analyzeClass(raw, argInfos);
        }
        if (type instanceof TypeVariable<?> variable) {
            return analyzeVariable(variable, scope);
        }
        if (type instanceof WildcardType) {
            throw new InvalidTypesException("the wildcard type " + type + " does not say which type to serialize");
        }
        if (type instanceof GenericArrayType) {
            throw new InvalidTypesException("the generic array " + type + " is not supported; use a List");
        }
        throw new InvalidTypesException("unsupported type " + type);
    }

    private TypeInformation<?> analyzeVariable(TypeVariable<?> variable, Map<TypeVariable<?>, TypeInformation<?>> scope) {
        TypeInformation<?> bound = scope.get(variable);
        if (bound == null) {
            bound = inputBindings.get(variable);
        }
        if (bound != null) {
            return bound;
        }
        Type resolved = TypeHierarchy.resolve(variable, functionEnv);
        if (resolved instanceof TypeVariable<?> unbound) {
            TypeInformation<?> fromInput = inputBindings.get(unbound);
            if (fromInput != null) {
                return fromInput;
            }
            throw new ErasedTypeException("the type variable " + unbound.getName() + " of "
                    + declarationName(unbound) + " is not bound to a type (Java erases it at run time)");
        }
        return analyze(resolved, Map.of());
    }

    /** {@code args} are the analysed type arguments, or {@code null} for a raw class. */
    private TypeInformation<?> analyzeClass(Class<?> c, List<TypeInformation<?>> args) {
        BasicTypeInfo<?> basic = BasicTypeInfo.getInfoFor(c);
        if (basic != null) {
            return basic;
        }
        PrimitiveArrayTypeInfo<?> primitiveArray = PrimitiveArrayTypeInfo.getInfoFor(c);
        if (primitiveArray != null) {
            return primitiveArray;
        }
        if (c.isArray()) {
            throw new InvalidTypesException("arrays of objects (" + c.getSimpleName() + ") are not supported; use a List");
        }
        if (c.isEnum() || (c.getSuperclass() != null && c.getSuperclass().isEnum())) {
            return enumInfo(c.isEnum() ? c : c.getSuperclass());
        }
        if (c == List.class || c == java.util.ArrayList.class) {
            return new ListTypeInfo<>(requireArgs(c, args).get(0));
        }
        if (c == Map.class || c == HashMap.class) {
            List<TypeInformation<?>> kv = requireArgs(c, args);
            return new MapTypeInfo<>(kv.get(0), kv.get(1));
        }
        Map<TypeVariable<?>, TypeInformation<?>> scope = scopeOf(c, args);
        if (Tuple.class.isAssignableFrom(c)) {
            return guarded(c, () -> tupleInfo(c, scope));
        }
        if (c.isRecord()) {
            return guarded(c, () -> recordInfo(c, scope));
        }
        rejectUnsupportedClass(c);
        return guarded(c, () -> pojoInfo(c, scope));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeInformation<?> enumInfo(Class<?> enumClass) {
        return new EnumTypeInfo(enumClass);
    }

    private static List<TypeInformation<?>> requireArgs(Class<?> c, List<TypeInformation<?>> args) {
        if (args == null) {
            throw erased(c);
        }
        return args;
    }

    static InvalidTypesException erased(Class<?> c) {
        return new ErasedTypeException(c.getSimpleName() + " is a generic class whose type arguments are erased");
    }

    private static Map<TypeVariable<?>, TypeInformation<?>> scopeOf(Class<?> c, List<TypeInformation<?>> args) {
        TypeVariable<?>[] params = c.getTypeParameters();
        if (params.length == 0) {
            return Map.of();
        }
        if (args == null) {
            throw erased(c);
        }
        Map<TypeVariable<?>, TypeInformation<?>> scope = new HashMap<>();
        for (int i = 0; i < params.length; i++) {
            scope.put(params[i], args.get(i));
        }
        return scope;
    }

    private interface Analysis {
        TypeInformation<?> run();
    }

    /** Rejects recursive types, which would otherwise analyse forever. */
    private TypeInformation<?> guarded(Class<?> c, Analysis analysis) {
        if (!inProgress.add(c)) {
            throw new InvalidTypesException(c.getName() + " contains itself (a recursive type); Riffle cannot serialize"
                    + " recursive types, flatten it or give its type explicitly");
        }
        try {
            return analysis.run();
        } finally {
            inProgress.remove(c);
        }
    }

    private TypeInformation<?> tupleInfo(Class<?> c, Map<TypeVariable<?>, TypeInformation<?>> scope) {
        if (c == Tuple.class) {
            throw new InvalidTypesException("Tuple is abstract; use Tuple1 ... Tuple" + Tuple.MAX_ARITY);
        }
        Class<?> tupleN = c;
        while (tupleN.getSuperclass() != Tuple.class) {
            tupleN = tupleN.getSuperclass();
        }
        if (c != tupleN) {
            requireNoExtraFields(c, tupleN);
            PojoFieldAccess.constructor(c);
        }
        TypeVariable<?>[] tupleParams = tupleN.getTypeParameters();
        TypeInformation<?>[] fieldTypes = new TypeInformation<?>[tupleParams.length];
        Map<TypeVariable<?>, TypeInformation<?>> tupleScope =
                c == tupleN ? scope : superclassScope(c, tupleN, scope);
        for (int i = 0; i < tupleParams.length; i++) {
            fieldTypes[i] = analyze(tupleParams[i], tupleScope);
        }
        return newTupleInfo(c, fieldTypes);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeInformation<?> newTupleInfo(Class<?> c, TypeInformation<?>[] fieldTypes) {
        return new TupleTypeInfo((Class) c, fieldTypes);
    }

    /** The bindings of {@code ancestor}'s type parameters as {@code c} (with {@code scope}) extends it. */
    private Map<TypeVariable<?>, TypeInformation<?>> superclassScope(
            Class<?> c, Class<?> ancestor, Map<TypeVariable<?>, TypeInformation<?>> scope) {
        Map<TypeVariable<?>, TypeInformation<?>> current = scope;
        for (Class<?> k = c; k != ancestor; k = k.getSuperclass()) {
            Type superType = k.getGenericSuperclass();
            Class<?> raw = k.getSuperclass();
            Map<TypeVariable<?>, TypeInformation<?>> next = new HashMap<>();
            if (superType instanceof ParameterizedType parameterized) {
                Type[] args = parameterized.getActualTypeArguments();
                TypeVariable<?>[] params = raw.getTypeParameters();
                for (int i = 0; i < params.length; i++) {
                    next.put(params[i], analyze(args[i], current));
                }
            } else if (raw.getTypeParameters().length > 0) {
                throw new InvalidTypesException(k.getName() + " extends the raw type " + raw.getSimpleName()
                        + "; bind its type arguments, e.g. extends " + raw.getSimpleName() + "<String, Long>");
            }
            current = next;
        }
        return current;
    }

    private static void requireNoExtraFields(Class<?> c, Class<?> tupleN) {
        for (Class<?> k = c; k != tupleN; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    throw new InvalidTypesException("tuple subclass " + c.getName() + " declares the field '"
                            + f.getName() + "', which would not be serialized; tuple subclasses may only use f0, f1, ...");
                }
            }
        }
    }

    private TypeInformation<?> recordInfo(Class<?> c, Map<TypeVariable<?>, TypeInformation<?>> scope) {
        requirePublic(c, "record");
        RecordComponent[] components = c.getRecordComponents();
        String[] names = new String[components.length];
        TypeInformation<?>[] types = new TypeInformation<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            names[i] = component.getName();
            types[i] = inField(c, names[i], () -> analyze(component.getGenericType(), scope));
        }
        return newRecordInfo(c, names, types);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeInformation<?> newRecordInfo(Class<?> c, String[] names, TypeInformation<?>[] types) {
        return new RecordTypeInfo(c, names, types);
    }

    private static void rejectUnsupportedClass(Class<?> c) {
        if (c == Object.class) {
            throw new ErasedTypeException("java.lang.Object says nothing about the fields to serialize"
                    + " (often a type lost to erasure)");
        }
        String reason = null;
        if (c.isInterface()) {
            reason = "it is an interface; Riffle needs a concrete class (there is no generic fallback serializer)";
        } else if (Modifier.isAbstract(c.getModifiers())) {
            reason = "it is abstract; Riffle needs a concrete class (there is no generic fallback serializer)";
        } else if (c.getName().startsWith("java.") || c.getName().startsWith("javax.")) {
            reason = "of the JDK classes Riffle supports only String, boxed primitives, BigInteger, BigDecimal,"
                    + " Instant, List and Map (there is no generic fallback serializer)";
        }
        if (reason != null) {
            throw new InvalidTypesException(c.getName() + " is not a supported type: " + reason);
        }
    }

    private TypeInformation<?> pojoInfo(Class<?> c, Map<TypeVariable<?>, TypeInformation<?>> scope) {
        requirePublic(c, "POJO");
        if (c.isAnonymousClass() || c.isLocalClass() || (c.isMemberClass() && !Modifier.isStatic(c.getModifiers()))) {
            throw notPojo(c, "it is an anonymous, local or non-static inner class; make it a top-level or static nested class");
        }
        try {
            PojoFieldAccess.constructor(c);
        } catch (InvalidTypesException e) {
            throw notPojo(c, "it has no public no-argument constructor");
        }
        List<PojoField> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<TypeVariable<?>, TypeInformation<?>> classScope = scope;
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int modifiers = f.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (!names.add(f.getName())) {
                    throw notPojo(c, "the field name '" + f.getName() + "' is declared twice in its class hierarchy");
                }
                String problem = PojoFieldAccess.checkAccess(c, f);
                if (problem != null) {
                    throw notPojo(c, problem);
                }
                Map<TypeVariable<?>, TypeInformation<?>> fieldScope = classScope;
                fields.add(new PojoField(f, inField(c, f.getName(), () -> analyze(f.getGenericType(), fieldScope))));
            }
            if (k.getSuperclass() != null && k.getSuperclass() != Object.class) {
                classScope = superclassScope(k, k.getSuperclass(), classScope);
            }
        }
        if (fields.isEmpty()) {
            throw notPojo(c, "it has no fields to serialize");
        }
        return newPojoInfo(c, fields);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeInformation<?> newPojoInfo(Class<?> c, List<PojoField> fields) {
        return new PojoTypeInfo(c, fields);
    }

    private static TypeInformation<?> inField(Class<?> owner, String field, Analysis analysis) {
        try {
            return analysis.run();
        } catch (InvalidTypesException e) {
            throw new InvalidTypesException("field '" + field + "' of " + owner.getName() + ": " + e.getMessage(), e);
        }
    }

    private static void requirePublic(Class<?> c, String kind) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                throw new InvalidTypesException(kind + " " + c.getName() + " is not supported: "
                        + (k == c ? "it" : "its enclosing class " + k.getSimpleName())
                        + " is not public, and Riffle only uses public classes and members");
            }
        }
    }

    private static InvalidTypesException notPojo(Class<?> c, String reason) {
        return new InvalidTypesException(c.getName() + " is not a valid POJO type: " + reason);
    }

    private static String declarationName(TypeVariable<?> variable) {
        Object declaration = variable.getGenericDeclaration();
        if (declaration instanceof Class<?> c) {
            return c.getName();
        }
        if (declaration instanceof java.lang.reflect.Method m) {
            return "method " + m.getDeclaringClass().getSimpleName() + "." + m.getName();
        }
        return String.valueOf(declaration);
    }
}
