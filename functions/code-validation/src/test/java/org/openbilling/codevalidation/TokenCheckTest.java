package org.openbilling.codevalidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.web.VerifiedTokens;

/** The bearer-token check through HTTP, with verified tokens remembered ({@link VerifiedTokens}). */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class TokenCheckTest {
    @Inject
    JWTParser parser;

    @Test
    void theAppChecksTokensWithVerifiedTokens() {
        assertInstanceOf(VerifiedTokens.class, parser);
    }

    @Test
    void aRememberedTokenStillAnswersOnlyItsOwnText() {
        String token = Tokens.token("p-tokens", "cody", Duration.ofMinutes(30), "coder");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token).get("/codes/ICD10CM/E11.9").then().statusCode(200);
        }
        String[] parts = token.split("\\.");
        String otherPractice = Tokens.token("p-other", "cody", Duration.ofMinutes(30), "coder");
        given().header("Authorization", "Bearer " + parts[0] + "." + otherPractice.split("\\.")[1] + "." + parts[2])
                .get("/codes/ICD10CM/E11.9").then().statusCode(401).body("errors[0].rule", equalTo("unauthenticated"));
        given().header("Authorization", "Bearer " + token + "x")
                .get("/codes/ICD10CM/E11.9").then().statusCode(401).body("errors[0].rule", equalTo("unauthenticated"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = Tokens.token("p-tokens", "cody", Duration.ofMinutes(-10), "coder");
        given().header("Authorization", "Bearer " + expired).get("/codes/ICD10CM/E11.9")
                .then().statusCode(401).body("errors[0].rule", equalTo("unauthenticated"));
    }
}
