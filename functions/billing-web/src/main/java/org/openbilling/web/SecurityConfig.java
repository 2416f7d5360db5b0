package org.openbilling.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Which token claims carry the caller's practice (roles: {@code smallrye.jwt.path.groups}, default {@code groups}). */
@ConfigMapping(prefix = "billing.security")
public interface SecurityConfig {
    @WithDefault("practice")
    String practiceClaim();

    /** Routes that take no token by design (the schedule's own entry); every other one needs one ({@link TokenFirst}). */
    Optional<List<String>> openPaths();
}
