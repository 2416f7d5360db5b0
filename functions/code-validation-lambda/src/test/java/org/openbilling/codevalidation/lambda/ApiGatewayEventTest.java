package org.openbilling.codevalidation.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.ApiGatewayEvents;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;
import org.openbilling.web.JsonSetup;

/** Drives the function the way API Gateway does: an HTTP API (v2) event posted to the Lambda mock event server. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ApiGatewayEventTest {
    private static final ObjectMapper JSON = JsonSetup.configure(new ObjectMapper().findAndRegisterModules());
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    static String event(String resource, String token, String practice, String body) throws IOException {
        return ApiGatewayEvents.load(resource, Map.of("__TOKEN__", token, "__PRACTICE__", practice,
                "\"__BODY__\"", body == null ? "null" : JSON.writeValueAsString(body)));
    }

    @Test
    void postEncounterEvent_createsTheEncounter_andAnswersAnApiGatewayResponse() throws IOException {
        String body = JSON.writeValueAsString(Encounters.anOfficeVisit());
        String answer = given().contentType("application/json")
                .body(event("apigw-v2-post-encounter.json", Tokens.bearer(practice, "partner"), practice, body))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(201))
                .body("headers.Location", containsString("/encounters/"))
                .extract().asString();
        JsonNode encounter = JSON.readTree(JSON.readTree(answer).path("body").asText());
        assertEquals("CODED", encounter.path("status").asText());
        assertEquals("E11.9", encounter.path("diagnoses").get(0).asText());
    }

    @Test
    void postEncounterEvent_withoutValidToken_is401ProblemJson() throws IOException {
        given().contentType("application/json")
                .body(event("apigw-v2-post-encounter.json", "Bearer not-a-token", practice, "{}"))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(401));
    }

    @Test
    void getOpenApiEvent_isPublic_andAnswersTheCommittedDocument() throws IOException {
        // the public route of the HTTP API (no authorizer): partners generate their clients from it
        String answer = given().contentType("application/json")
                .body(ApiGatewayEvents.load("apigw-v2-get-openapi.json", Map.of()))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .extract().asString();
        JsonNode response = JSON.readTree(answer);
        // Quarkus may answer the document base64-encoded, which API Gateway decodes for the client
        assertTrue(response.path("headers").path("content-type").asText().startsWith("application/json"));
        try (InputStream committed = getClass().getClassLoader().getResourceAsStream("META-INF/openapi/openapi.json")) {
            assertEquals(new String(committed.readAllBytes(), StandardCharsets.UTF_8),
                    body(response));
        }
    }

    private static String body(JsonNode response) {
        String body = response.path("body").asText();
        return response.path("isBase64Encoded").asBoolean()
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }
}
