package org.openbilling.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bodies are held to limits below the HTTP server's: a JSON request larger than {@code billing.limits.json-bytes}
 * (1 MB) and an X12 or text body larger than {@code billing.x12.max-bytes} (5 MB, Lambda's payload limit less the
 * event's envelope) are refused with 413 before they are read, when they declare their length. Resources that read
 * X12 check the length again ({@link #checkX12}), for bodies sent without one.
 */
public class BodyLimits {
    private final long jsonLimit;
    private final long x12Limit;

    public BodyLimits(@ConfigProperty(name = "billing.limits.json-bytes", defaultValue = "1048576") long jsonLimit,
                      @ConfigProperty(name = "billing.x12.max-bytes", defaultValue = "5242880") long x12Limit) {
        this.jsonLimit = jsonLimit;
        this.x12Limit = x12Limit;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        int length = request.getLength();
        if (type != null && type.getSubtype().endsWith("json") && length > jsonLimit) {
            return Problem.of(413, "body-too-large", "", "a JSON body is at most " + jsonLimit + " bytes").toResponse();
        }
        if (type != null && isX12(type) && length > x12Limit) {
            return tooLarge(x12Limit);
        }
        return null;
    }

    /** Throws a 413 problem when an X12 body read without a declared length is over the limit. */
    public static void checkX12(byte[] body, long limit) {
        if (body != null && body.length > limit) {
            throw new jakarta.ws.rs.WebApplicationException(tooLarge(limit));
        }
    }

    static boolean isX12(MediaType type) {
        return ("application".equals(type.getType()) && "edi-x12".equals(type.getSubtype()))
                || ("text".equals(type.getType()) && "plain".equals(type.getSubtype()));
    }

    private static Response tooLarge(long limit) {
        return Problem.of(413, "body-too-large", "", "an X12 body is at most " + limit + " bytes").toResponse();
    }
}
