package org.werkraum.web.shared;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in the pages ({@code #{c.name()}}, {@code #{links.community(c.id())}}) through a method looked up once
 * per class, name and number of arguments. Expression Language 5 knows no record properties, so the pages call the
 * accessors of the domain's records; its own resolver finds the method anew for every call by copying all public
 * methods of the class ({@code Class.getMethods()}): 2 to 5 % of the CPU of a directory page with twenty rows.
 *
 * <p>Taken here: the one public method of a public class with that name and number of parameters, called with
 * arguments of its parameters' types. Everything else (overloads, arguments that need converting, methods inherited
 * into classes the pages may not see, such as the JDK's immutable collections) goes on to the standard resolvers.
 */
public class AccessorELResolver extends ELResolver {

    private record Signature(String name, int parameters) {}

    private static final ClassValue<Map<Signature, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<Signature, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(
                        new Signature(name, arguments.length), signature -> unique(base.getClass(), signature));
        if (found.isEmpty() || !accepts(found.get(), arguments)) {
            return null;
        }
        try {
            Object value = found.get().invoke(base, arguments);
            context.setPropertyResolved(base, method);
            return value;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    private static Optional<Method> unique(Class<?> type, Signature signature) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(signature.name()))
                .filter(m -> m.getParameterCount() == signature.parameters() && !m.isVarArgs())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isBridge())
                .toList();
        if (candidates.size() != 1
                || !Modifier.isPublic(candidates.get(0).getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    private static boolean accepts(Method method, Object[] arguments) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            Class<?> type = types[i].isPrimitive()
                    ? MethodType.methodType(types[i]).wrap().returnType()
                    : types[i];
            if (arguments[i] == null ? types[i].isPrimitive() : !type.isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not a property resolver
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
