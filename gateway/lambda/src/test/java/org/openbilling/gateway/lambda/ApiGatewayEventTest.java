package org.openbilling.gateway.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.ApiGatewayEvents;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/** The gateway as Lambda: a GraphQL POST arriving as an API Gateway HTTP API (v2) event. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ApiGatewayEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    static String event(String token, String practice, String graphql) throws IOException {
        String body = JSON.writeValueAsString(Map.of("query", graphql));
        return ApiGatewayEvents.load("apigw-v2-post-graphql.json", Map.of("__TOKEN__", token,
                "__PRACTICE__", practice, "\"__BODY__\"", JSON.writeValueAsString(body)));
    }

    @Test
    void graphqlEvent_readsAClaimFromDynamoDb() throws IOException {
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        var response = given().contentType("application/json")
                .body(event(Tokens.bearer(practice, "analyst"), practice,
                        "{ claim(id: \"" + c.id().value() + "\") { status totalCharge } }"))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .extract();
        String body = response.path("body");
        // API Gateway carries non-text media types (GraphQL's own JSON type among them) base64-encoded
        if (Boolean.TRUE.equals(response.path("isBase64Encoded"))) {
            body = new String(java.util.Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        org.hamcrest.MatcherAssert.assertThat(body, containsString("\"status\":\"READY\""));
        org.hamcrest.MatcherAssert.assertThat(body, containsString("\"totalCharge\":\"170.50\""));
    }

    /** The answer's body, decoded when API Gateway carried it base64-encoded. */
    private static String body(io.restassured.response.ExtractableResponse<io.restassured.response.Response> response) {
        String body = response.path("body");
        return Boolean.TRUE.equals(response.path("isBase64Encoded"))
                ? new String(java.util.Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }

    @Test
    void guards_checkEveryFieldAndTheCostInTheLambdaPackaging() throws IOException {
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        // a partner reads claims, not their 837P preview: refused at the field, its siblings answered
        String nested = body(given().contentType("application/json")
                .body(event(Tokens.bearer(practice, "partner"), practice,
                        "{ claim(id: \"" + c.id().value() + "\") { status x12Preview } }"))
                .post("/_lambda_").then().statusCode(200).extract());
        org.hamcrest.MatcherAssert.assertThat(nested, containsString("\"code\":\"forbidden\""));
        org.hamcrest.MatcherAssert.assertThat(nested, containsString("\"status\":\"READY\""));
        String costly = body(given().contentType("application/json")
                .body(event(Tokens.bearer(practice, "analyst"), practice,
                        "{ a: agingReport { asOf } b: agingReport { asOf } c: agingReport { asOf } d: agingReport { asOf } "
                                + "e: agingReport { asOf } }"))
                .post("/_lambda_").then().statusCode(200).extract());
        org.hamcrest.MatcherAssert.assertThat(costly, containsString("\"code\":\"query-too-costly\""));
    }

    @Test
    void introspection_isOffInTheLambdaPackaging() throws IOException {
        var response = given().contentType("application/json")
                .body(event(Tokens.bearer(practice, "analyst"), practice, "{ __schema { queryType { name } } }"))
                .post("/_lambda_")
                .then().statusCode(200)
                .extract();
        String body = response.path("body");
        if (Boolean.TRUE.equals(response.path("isBase64Encoded"))) {
            body = new String(java.util.Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        org.hamcrest.MatcherAssert.assertThat(body, containsString("errors"));
        org.hamcrest.MatcherAssert.assertThat(body, org.hamcrest.Matchers.not(containsString("\"queryType\":{")));
    }
}
