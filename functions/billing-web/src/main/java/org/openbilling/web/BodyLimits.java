package org.openbilling.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are held to a smaller limit than the HTTP server's (which is sized for X12 files): a JSON request
 * larger than {@code billing.limits.json-bytes} (1 MB) is refused with 413 before it is read.
 */
public class BodyLimits {
    private final long jsonLimit;

    public BodyLimits(@ConfigProperty(name = "billing.limits.json-bytes", defaultValue = "1048576") long jsonLimit) {
        this.jsonLimit = jsonLimit;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        int length = request.getLength();
        if (type != null && type.getSubtype().endsWith("json") && length > jsonLimit) {
            return Problem.of(413, "body-too-large", "", "a JSON body is at most " + jsonLimit + " bytes").toResponse();
        }
        return null;
    }
}
