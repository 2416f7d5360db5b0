package org.openbilling.web;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openbilling.domain.common.Acting;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.PracticeId;

/** The authenticated caller of this request: the practice every read and write is scoped to, and who they are. */
@RequestScoped
public class Caller implements Acting {
    private final JsonWebToken jwt;
    private final SecurityConfig config;

    public Caller(JsonWebToken jwt, SecurityConfig config) {
        this.jwt = jwt;
        this.config = config;
    }

    /** The caller's practice; a token without one may call nothing. */
    @Override
    public PracticeId practice() {
        Object claim = jwt.getClaim(config.practiceClaim());
        String value = claim == null ? null : claim.toString().replace("\"", "");
        try {
            return new PracticeId(value);
        } catch (InvalidValueException e) {
            throw new NoPracticeException(config.practiceClaim());
        }
    }

    /** Who acts, for histories and audit entries: the token's subject. */
    @Override
    public String actor() {
        String subject = jwt.getSubject();
        return subject == null ? "unknown" : subject;
    }

    public boolean hasRole(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** The raw bearer token, passed on when one app calls another on the caller's behalf. */
    public String rawToken() {
        return jwt.getRawToken();
    }

    /** A valid token that names no practice: nothing can be scoped to it (HTTP 403). */
    public static class NoPracticeException extends RuntimeException {
        public NoPracticeException(String claim) {
            super("the token carries no practice (claim '" + claim + "')");
        }
    }
}
