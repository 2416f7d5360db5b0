package org.openbilling.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work of {@link IdempotentEndpoint}. Its priority is after Quarkus's security interceptors (PLATFORM_BEFORE)
 * and after the REST layer's own role checks, which run before the method is invoked at all: a caller without the
 * endpoint's role is refused before a stored answer could be replayed to them.
 */
@IdempotentEndpoint("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentEndpointInterceptor {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private final Idempotent idempotent;
    private final Map<Method, Shape> shapes = new ConcurrentHashMap<>();

    public IdempotentEndpointInterceptor(Idempotent idempotent) {
        this.idempotent = idempotent;
    }

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        Shape shape = shapes.computeIfAbsent(ctx.getMethod(), IdempotentEndpointInterceptor::shape);
        Object[] args = ctx.getParameters();
        String key = shape.key() < 0 ? null : (String) args[shape.key()];
        Object body = shape.body() < 0 ? null : args[shape.body()];
        if (body instanceof byte[] bytes) {
            // the fingerprint of a raw (X12) body is its text; ISO-8859-1 maps every byte, so no two bodies collide
            body = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return idempotent.run(shape.route(args), key, body, () -> proceed(ctx));
    }

    private static Response proceed(InvocationContext ctx) {
        try {
            return (Response) ctx.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // resource methods declare no checked exceptions; one here is a bug, not a request's fault
            throw new IllegalStateException(e);
        }
    }

    private static Shape shape(Method method) {
        IdempotentEndpoint binding = method.getAnnotation(IdempotentEndpoint.class);
        if (binding == null) {
            binding = method.getDeclaringClass().getAnnotation(IdempotentEndpoint.class);
        }
        if (binding == null || binding.value().isBlank()) {
            throw new IllegalStateException(method + " names no route for its Idempotency-Key");
        }
        if (!Response.class.equals(method.getReturnType())) {
            throw new IllegalStateException(method + " must answer a Response to be replayed");
        }
        Parameter[] params = method.getParameters();
        int key = -1;
        int body = -1;
        Map<String, Integer> pathParams = new java.util.HashMap<>();
        for (int i = 0; i < params.length; i++) {
            HeaderParam header = params[i].getAnnotation(HeaderParam.class);
            PathParam path = params[i].getAnnotation(PathParam.class);
            if (header != null && Idempotent.HEADER.equalsIgnoreCase(header.value())) {
                key = i;
            } else if (path != null) {
                pathParams.put(path.value(), i);
            } else if (!jaxRs(params[i])) {
                if (body >= 0) {
                    throw new IllegalStateException(method + " has two request bodies");
                }
                body = i;
            }
        }
        if (key < 0) {
            throw new IllegalStateException(method + " takes no @HeaderParam(Idempotent.HEADER) argument");
        }
        List<Object> parts = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(binding.value());
        int at = 0;
        while (m.find()) {
            parts.add(binding.value().substring(at, m.start()));
            Integer index = pathParams.get(m.group(1));
            if (index == null) {
                throw new IllegalStateException(method + " takes no @PathParam(\"" + m.group(1) + "\") for its route");
            }
            parts.add(index);
            at = m.end();
        }
        parts.add(binding.value().substring(at));
        return new Shape(List.copyOf(parts), key, body);
    }

    private static boolean jaxRs(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            Class<? extends Annotation> t = a.annotationType();
            if (t == HeaderParam.class || t == PathParam.class || t == QueryParam.class || t == CookieParam.class
                    || t == FormParam.class || t == MatrixParam.class || t == BeanParam.class || t == Context.class
                    || t.getName().startsWith("org.jboss.resteasy.reactive.Rest")) {
                return true;
            }
        }
        return false;
    }

    /** A method's route (text and path-argument indexes in turn) and where its key and body are. */
    private record Shape(List<Object> route, int key, int body) {
        String route(Object[] args) {
            StringBuilder b = new StringBuilder();
            for (Object part : route) {
                b.append(part instanceof Integer i ? String.valueOf(args[i]) : part);
            }
            return b.toString();
        }
    }
}
