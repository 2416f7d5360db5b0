package org.openbilling.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which token claims carry the caller's practice (roles: {@code smallrye.jwt.path.groups}, default {@code groups}). */
@ConfigMapping(prefix = "billing.security")
public interface SecurityConfig {
    @WithDefault("practice")
    String practiceClaim();
}
