package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class ClaimStatusResourceTest {
    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    /** A READY claim stored directly: this function only moves claims, it never makes them. */
    Claim aReadyClaim() {
        return claims.create(Claims.aReadyClaim(practice)).orElseThrow();
    }

    @Test
    void move_readyToSubmitted_isRecordedInHistory() {
        Claim c = aReadyClaim();
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"SUBMITTED\",\"reason\":\"sent\",\"expectedVersion\":1}")
                .post("/claims/{id}/status", c.id().value())
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(2))
                .body("history", hasSize(2))
                .body("history[1].from", equalTo("READY"))
                .body("history[1].to", equalTo("SUBMITTED"))
                .body("history[1].reason", equalTo("sent"))
                .body("totalCharge", equalTo("170.50"));
    }

    @Test
    void move_notInTheTable_is422WithRule() {
        Claim c = aReadyClaim();
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"PAID\"}")
                .post("/claims/{id}/status", c.id().value())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].rule", equalTo("claim-transition-not-allowed"));
        assertEquals("READY", claims.find(new PracticeId(practice), c.id()).orElseThrow().status().name());
    }

    @Test
    void move_withStaleVersion_is409AndChangesNothing() {
        Claim c = aReadyClaim();
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"SUBMITTED\",\"expectedVersion\":7}")
                .post("/claims/{id}/status", c.id().value())
                .then().statusCode(409).body("errors[0].rule", equalTo("version-conflict"));
        assertEquals(1, claims.find(new PracticeId(practice), c.id()).orElseThrow().version());
    }

    @Test
    void move_claimOfAnotherPractice_isNotFound() {
        Claim c = aReadyClaim();
        given().header("Authorization", Tokens.bearer("other-practice", "biller")).contentType("application/json")
                .body("{\"status\":\"SUBMITTED\"}")
                .post("/claims/{id}/status", c.id().value())
                .then().statusCode(404).body("errors[0].rule", equalTo("not-found"));
    }

    @Test
    void move_withoutToken_is401_andWithWrongRole_is403() {
        Claim c = aReadyClaim();
        given().contentType("application/json").body("{\"status\":\"SUBMITTED\"}")
                .post("/claims/{id}/status", c.id().value()).then().statusCode(401);
        given().header("Authorization", Tokens.bearer(practice, "coder")).contentType("application/json")
                .body("{\"status\":\"SUBMITTED\"}")
                .post("/claims/{id}/status", c.id().value()).then().statusCode(403);
    }

    @Test
    void move_withMalformedJson_is400() {
        Claim c = aReadyClaim();
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":")
                .post("/claims/{id}/status", c.id().value())
                .then().statusCode(400).body("errors[0].rule", equalTo("malformed-json"));
    }

    @Test
    void health_isReadyWhenTablesAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void move_toVoidedOrReplaced_isRefusedNamingTheEndpointToUse_andChangesNothing() {
        Claim c = claims.update(aReadyClaim().moveTo(org.openbilling.domain.claim.ClaimStatus.SUBMITTED, "t", "sent",
                java.time.Instant.now()));
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"VOIDED\",\"reason\":\"entered twice\"}")
                .post("/claims/{id}/status", c.id().value())
                .then().statusCode(422)
                .body("errors[0].rule", equalTo("use-void-endpoint"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("POST /claims/{id}/void"));
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"REPLACED\"}")
                .post("/claims/{id}/status", c.id().value())
                .then().statusCode(422)
                .body("errors[0].rule", equalTo("use-corrections-endpoint"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("POST /claims/{id}/corrections"));
        Claim after = claims.find(new PracticeId(practice), c.id()).orElseThrow();
        assertEquals(c.version(), after.version());
        assertEquals("1", after.frequency().code());
    }
}
