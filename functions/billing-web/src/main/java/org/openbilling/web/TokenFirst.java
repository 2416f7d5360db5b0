package org.openbilling.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request without a valid token is answered 401 before anything else is judged: its media type (a JSON body to
 * the X12 route was 415), its size (413) or its route. The role checks run after matching, which is too late for
 * that; so this checks the caller's identity before matching, for every route but the configured open ones
 * ({@code billing.security.open-paths}: routes that take no token by design, e.g. the schedule's own entry).
 */
public class TokenFirst {
    private final CurrentIdentityAssociation identity;
    private final List<String> openPaths;

    public TokenFirst(CurrentIdentityAssociation identity, SecurityConfig config) {
        this.identity = identity;
        this.openPaths = config.openPaths().orElse(List.of());
    }

    /** Before the body limits ({@link BodyLimits}, priority USER): who is asking comes first. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> requireToken(ContainerRequestContext request) {
        if (openPaths.contains(request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity()
                .map(who -> who.isAnonymous() ? unauthenticated() : null)
                .onFailure(AuthenticationFailedException.class).recoverWithItem(TokenFirst::unauthenticated);
    }

    static Response unauthenticated() {
        return Problem.of(401, "unauthenticated", "", "a valid bearer token is required").toResponse();
    }
}
