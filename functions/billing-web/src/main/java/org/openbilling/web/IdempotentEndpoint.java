package org.openbilling.web;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a resource method through {@link Idempotent} under the caller's Idempotency-Key: the method takes the key as
 * its {@code @HeaderParam(Idempotent.HEADER)} argument, and the request body that a reused key is compared against
 * is its one argument without a JAX-RS annotation (none: an empty body; {@code byte[]}: the bytes as ISO-8859-1).
 * {@link IdempotentEndpointInterceptor} does the work.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface IdempotentEndpoint {
    /**
     * The route the key is held under, e.g. {@code "POST /claims/{id}/void"}: each {@code {name}} is the method's
     * {@code @PathParam(name)} argument, so one key on two claims is two requests.
     */
    @Nonbinding
    String value();
}
