package org.openbilling.web;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token check of every app, with the tokens it has verified remembered for a minute at most.
 *
 * <p>A client sends the same token with every request until it expires, and a gateway mutation is checked twice
 * (by the gateway, then by the function it calls with the token passed on). Parsing the token and checking its
 * RS256 signature, issuer, audience and times was about a sixth of the gateway's CPU for a mutation. The answer
 * for one exact token text cannot change while the token is valid, so a token verified once is answered from
 * here: until its {@code exp}, and never longer than {@link #REMEMBER_SECONDS} after it was verified (so that a
 * rotated key or a changed time rule takes effect within a minute, as the allowed clock skew already does).
 * Only tokens that passed are remembered, keyed by their whole text: any other text (another signature, a
 * changed claim) is verified in full. At most {@link #MAX_TOKENS} are kept.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    public static final long REMEMBER_SECONDS = 60;
    public static final int MAX_TOKENS = 1_000;

    private final JWTParser verifier;
    private final LongSupplier epochSeconds;
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(JsonWebToken token, long untilEpochSecond) {
    }

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, () -> System.currentTimeMillis() / 1000);
    }

    /** With another verifier and clock (tests). */
    public VerifiedTokens(JWTParser verifier, LongSupplier epochSeconds) {
        this.verifier = verifier;
        this.epochSeconds = epochSeconds;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = epochSeconds.getAsLong();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.untilEpochSecond()) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken checked = verifier.parse(token);
        long expires = checked.getExpirationTime();
        if (expires > now) {
            if (verified.size() >= MAX_TOKENS) {
                verified.values().removeIf(v -> v.untilEpochSecond() <= now);
                if (verified.size() >= MAX_TOKENS) {
                    verified.clear();
                }
            }
            verified.put(token, new Verified(checked, Math.min(expires, now + REMEMBER_SECONDS)));
        }
        return checked;
    }

    // everything else as the verifier does it, nothing remembered

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
