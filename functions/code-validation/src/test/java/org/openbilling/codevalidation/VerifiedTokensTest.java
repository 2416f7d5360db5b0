package org.openbilling.codevalidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.TestKeys;
import org.openbilling.testing.Tokens;
import org.openbilling.web.VerifiedTokens;

/** The remembered verifications, over smallrye-jwt's own verifier (no clock skew, so that expiry is exact). */
class VerifiedTokensTest {
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(System.currentTimeMillis() / 1000);
    private final VerifiedTokens tokens = new VerifiedTokens(counting(verifier()), now::get);

    @Test
    void aTokenIsVerifiedOnceThenRemembered() throws Exception {
        String token = Tokens.token("p-1", "ann", Duration.ofMinutes(30), "biller");
        JsonWebToken first = tokens.parse(token);
        assertSame(first, tokens.parse(token));
        assertEquals("p-1", first.getClaim("practice").toString().replace("\"", ""));
        assertEquals(Set.of("biller"), first.getGroups());
        assertEquals(1, verifications.get());
    }

    @Test
    void anotherSignatureOrAnotherClaimIsVerifiedInFullAndRefused() throws Exception {
        String token = Tokens.token("p-1", "ann", Duration.ofMinutes(30), "biller");
        tokens.parse(token);
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String otherSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        assertThrows(ParseException.class, () -> tokens.parse(otherSignature));
        String otherPractice = Tokens.token("p-2", "ann", Duration.ofMinutes(30), "biller");
        String grafted = parts[0] + "." + otherPractice.split("\\.")[1] + "." + parts[2];
        assertThrows(ParseException.class, () -> tokens.parse(grafted));
        assertThrows(ParseException.class, () -> tokens.parse(otherSignature));
        assertEquals(4, verifications.get());
    }

    @Test
    void rememberedForAMinuteAtMost() throws Exception {
        String token = Tokens.token("p-1", "ann", Duration.ofMinutes(30), "biller");
        tokens.parse(token);
        now.addAndGet(VerifiedTokens.REMEMBER_SECONDS - 1);
        tokens.parse(token);
        assertEquals(1, verifications.get());
        now.addAndGet(1);
        tokens.parse(token);
        assertEquals(2, verifications.get());
    }

    @Test
    void notRememberedPastItsExpiry() throws Exception {
        VerifiedTokens realTime = new VerifiedTokens(counting(verifier()), () -> System.currentTimeMillis() / 1000);
        String token = Tokens.token("p-1", "ann", Duration.ofSeconds(2), "biller");
        realTime.parse(token);
        realTime.parse(token);
        assertEquals(1, verifications.get());
        Thread.sleep(3_100);
        assertThrows(ParseException.class, () -> realTime.parse(token));
    }

    @Test
    void keepsABoundedNumberOfTokens() throws Exception {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS + 10; i++) {
            tokens.parse(Tokens.token("p-1", "user-" + i, Duration.ofMinutes(30), "biller"));
        }
        String again = Tokens.token("p-1", "user-again", Duration.ofMinutes(30), "biller");
        tokens.parse(again);
        tokens.parse(again);
        assertEquals(VerifiedTokens.MAX_TOKENS + 11, verifications.get());
    }

    private static JWTParser verifier() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(TestKeys.publicKey(), TestKeys.ISSUER);
        context.setExpectedAudience(Set.of(TestKeys.AUDIENCE));
        context.setClockSkew(0);
        return new DefaultJWTParser(context);
    }

    /** The real verifier, counting how often it is asked. */
    private JWTParser counting(JWTParser real) {
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JWTParser.class},
                (proxy, method, args) -> {
                    verifications.incrementAndGet();
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
