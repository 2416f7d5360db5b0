package org.openbilling.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens for tests, signed with {@link TestKeys}. */
public final class Tokens {
    private Tokens() {
    }

    /** A valid token for one practice with the given roles, as an Authorization header value. */
    public static String bearer(String practice, String... roles) {
        return "Bearer " + token(practice, "tester-" + String.join("-", roles), Duration.ofMinutes(30), roles);
    }

    public static String token(String practice, String subject, Duration lifetime, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(TestKeys.ISSUER).audience(TestKeys.AUDIENCE).subject(subject).upn(subject)
                .claim("practice", practice).groups(Set.of(roles))
                .issuedAt(now).expiresAt(now.plus(lifetime))
                .jws().keyId("test").sign(TestKeys.privateKey());
    }
}
