package org.openbilling.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openbilling.domain.claim.ClaimTransitionNotAllowedException;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.StaleVersionException;

/**
 * Every failure becomes a problem+json answer with a rule id. Bad input is never a 500; a 500 says nothing about
 * the request (its details could carry patient data) and is logged with its stack trace only.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @jakarta.inject.Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @ServerExceptionMapper
    public Response rules(RuleViolationException e) {
        return Problem.of(422, Problem.titleOf(422), e.summary(), e.violations()).toResponse();
    }

    @ServerExceptionMapper
    public Response value(InvalidValueException e) {
        return Problem.of(400, e.rule(), e.field(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of(404, "not-found", "", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e) {
        return Problem.of(409, "version-conflict", "expectedVersion", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response transition(ClaimTransitionNotAllowedException e) {
        return Problem.of(422, ClaimTransitionNotAllowedException.RULE, "status", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response inFlight(Idempotent.InFlightException e) {
        return Problem.of(409, "idempotency-key-in-flight", Idempotent.HEADER, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyLimits.TooLarge e) {
        return e.response();
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof BodyLimits.TooLarge tooLarge) {
                return tooLarge.response();
            }
        }
        String field = "";
        if (e instanceof JsonMappingException m) {
            field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message = e instanceof JsonMappingException && !field.isEmpty()
                ? "wrong type or value at " + field
                : "the body is not well-formed JSON";
        return Problem.of(400, "malformed-json", field, message).toResponse();
    }

    /** Quarkus brings its own mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response parse(com.fasterxml.jackson.core.JsonParseException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return TokenFirst.unauthenticated();
    }

    @ServerExceptionMapper
    public Response authFailed(AuthenticationFailedException e, jakarta.ws.rs.container.ContainerRequestContext request) {
        LOG.infof("authentication failed: %s %s", request.getMethod(),
                request.getUriInfo().getPath().replaceAll("[^A-Za-z0-9/._-]", "?"));
        return TokenFirst.unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, jakarta.ws.rs.container.ContainerRequestContext request) {
        // method, path (ids only) and roles: enough to investigate, nothing about a patient
        LOG.infof("refused: roles %s may not %s %s", identity == null ? "[]" : identity.getRoles(),
                request.getMethod(), request.getUriInfo().getPath().replaceAll("[^A-Za-z0-9/._-]", "?"));
        return Problem.of(403, "forbidden", "", "your role may not do this").toResponse();
    }

    @ServerExceptionMapper
    public Response noPractice(Caller.NoPracticeException e) {
        LOG.info("a token without a practice was refused");
        return Problem.of(403, "token-without-practice", "", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof BodyLimits.TooLarge tooLarge) {
                return tooLarge.response();
            }
            if (c instanceof JsonProcessingException json) {
                return json(json);
            }
        }
        if (e.getResponse().getEntity() instanceof Problem) {
            // already a problem (BodyLimits.checkX12): answered as it is
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return Problem.of(status, "server-error", "", "the request could not be completed").toResponse();
        }
        String rule = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        return Problem.of(status, rule, "", e.getMessage() == null ? Problem.titleOf(status) : e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        // never echo the message: it may hold request data
        LOG.error("unexpected failure", e);
        return Problem.of(500, "server-error", "", "the request could not be completed").toResponse();
    }
}
