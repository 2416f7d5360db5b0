package org.openbilling.claimstatus.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.PracticeId;
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

    static String event(String token, String practice, String id, String body) {
        return ApiGatewayEvents.load("apigw-v2-post-status.json", Map.of("__TOKEN__", token,
                "__PRACTICE__", practice, "__ID__", id, "__BODY__", body.replace("\"", "\\\"")));
    }

    @Test
    void postStatusEvent_movesTheClaim() throws IOException {
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        given().contentType("application/json")
                .body(event(Tokens.bearer(practice, "biller"), practice, c.id().value(), "{\"status\":\"SUBMITTED\",\"expectedVersion\":1}"))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"status\":\"SUBMITTED\""));
        assertEquals(ClaimStatus.SUBMITTED, claims.find(new PracticeId(practice), c.id()).orElseThrow().status());
    }

    /** An 835 as a clearinghouse posts it through API Gateway: X12 text, base64-encoded in the event. */
    @Test
    void postRemittanceEvent_withX12Body_paysTheClaim() {
        Instant now = Instant.now();
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        c = claims.update(c.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent", now));
        String trace = "LAMBDA" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String x12 = String.join("~\r\n", List.of(
                "ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261201*0900*^*00501*000000501*0*P*:",
                "GS*HP*ACMEPAYER*SUBMIT01*20261201*0900*1501*X*005010X221A1", "ST*835*0001*005010X221A1",
                "BPR*I*150*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261201",
                "TRN*1*" + trace + "*1123456789", "N1*PR*ACME HEALTH", "LX*1",
                "CLP*" + c.claimNumber().value() + "*1*170.5*150*0*12*PCN1*11*1", "SVC*HC:99213*125*110**1",
                "CAS*CO*45*15", "SVC*HC:83036*45.5*40**1", "CAS*CO*45*5.5", "SE*11*0001", "GE*1*1501",
                "IEA*1*000000501")) + "~";
        String body = Base64.getEncoder().encodeToString(x12.getBytes(StandardCharsets.ISO_8859_1));
        given().contentType("application/json")
                .body(ApiGatewayEvents.load("apigw-v2-post-remittance.json", Map.of("__TOKEN__",
                        Tokens.bearer(practice, "partner"), "__PRACTICE__", practice, "__BODY__", body)))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"claimsPaid\":1"));
        Claim paid = claims.find(new PracticeId(practice), c.id()).orElseThrow();
        assertEquals(ClaimStatus.PAID, paid.status());
        assertEquals("150.00", paid.paidAmount().toString());
    }

    @Test
    void postStatusEvent_notAllowedMove_is422() throws IOException {
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        given().contentType("application/json")
                .body(event(Tokens.bearer(practice, "biller"), practice, c.id().value(), "{\"status\":\"CLOSED\"}"))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(422))
                .body("body", containsString("claim-transition-not-allowed"));
    }
}
