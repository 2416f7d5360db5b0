package org.openbilling.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP server's own body limit ({@code quarkus.http.limits.max-body-size}, above every app limit of
 * {@link BodyLimits}) answered like every other refusal: 413 problem+json with rule {@code body-too-large}. Quarkus
 * answers a declared length over it with an empty 413 (a route of order -2) and a body read past it on a route with
 * a body handler (GraphQL's) by failing the route with 413; this answers the first before Quarkus does and gives the
 * second its body.
 */
@ApplicationScoped
public class ServerBodyLimit {
    static final String RULE = "body-too-large";
    /** Before Quarkus's own check of the declared length (order -2). */
    private static final int ORDER = -3;
    private final long limit;
    private final byte[] problem;

    public ServerBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
                           ObjectMapper mapper) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.problem = mapper.writeValueAsBytes(Problem.of(413, RULE, "", "a request body is at most " + this.limit + " bytes"));
    }

    void route(@Observes Router router) {
        router.route().order(ORDER).handler(this::declared).failureHandler(this::failed);
    }

    private void declared(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            // the body is not read: close the connection after the answer, as Quarkus does
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            answer(context);
            return;
        }
        context.next();
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            // not a number: the server refuses it as a malformed request
            return false;
        }
    }

    private void failed(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            answer(context);
            return;
        }
        context.next();
    }

    private void answer(RoutingContext context) {
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(io.vertx.core.buffer.Buffer.buffer(problem));
    }
}
