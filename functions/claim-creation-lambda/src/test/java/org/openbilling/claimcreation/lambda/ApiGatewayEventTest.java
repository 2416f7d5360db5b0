package org.openbilling.claimcreation.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.ApiGatewayEvents;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/** Drives the function the way API Gateway does: an HTTP API (v2) event posted to the Lambda mock event server. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ApiGatewayEventTest {
    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    static String event(String token, String practice, String id) {
        return ApiGatewayEvents.load("apigw-v2-get-claim.json",
                Map.of("__TOKEN__", token, "__PRACTICE__", practice, "__ID__", id));
    }

    @Test
    void getClaimEvent_answersTheClaim() throws IOException {
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        given().contentType("application/json").body(event(Tokens.bearer(practice, "biller"), practice, c.id().value()))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"status\":\"READY\""))
                .body("body", containsString("\"totalCharge\":\"170.50\""));
    }

    @Test
    void getClaimEvent_ofAnotherPractice_is404ProblemJson() throws IOException {
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        given().contentType("application/json").body(event(Tokens.bearer("other", "biller"), "other", c.id().value()))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(404))
                .body("headers.Content-Type", containsString("application/problem+json"));
    }
}
