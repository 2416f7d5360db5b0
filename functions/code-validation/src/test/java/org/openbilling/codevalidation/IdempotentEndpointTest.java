package org.openbilling.codevalidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * {@code @IdempotentEndpoint} on a real endpoint (POST /encounters): the interceptor finds the key and the body
 * among the method's arguments and runs the call through {@code Idempotent}, after the role checks.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class IdempotentEndpointTest {
    @Inject
    EncounterRepository encounters;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String as(String role) {
        return Tokens.bearer(practice, role);
    }

    private int stored() {
        return encounters.list(new PracticeId(practice), null, 10, null).items().size();
    }

    @Test
    void post_sameKeySameBody_runsOnceAndReplaysTheFirstAnswer() {
        String key = "binding-" + UUID.randomUUID();
        String body = Json.of(Encounters.anOfficeVisit());
        var first = given().header("Authorization", as("coder")).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/encounters")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        var again = given().header("Authorization", as("coder")).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/encounters")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertEquals(first.path("id"), (String) again.path("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(1, stored());
    }

    @Test
    void post_sameKeyOtherBody_is422KeyReusedAndStoresNothingMore() {
        String key = "binding-" + UUID.randomUUID();
        given().header("Authorization", as("coder")).header("Idempotency-Key", key).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisit())).post("/encounters").then().statusCode(201);
        given().header("Authorization", as("coder")).header("Idempotency-Key", key).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisitOn(LocalDate.of(2026, 11, 3)))).post("/encounters")
                .then().statusCode(422).body("errors[0].rule", equalTo("idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, stored());
    }

    @Test
    void post_knownKeyByAWrongRole_is403NotTheStoredAnswer() {
        String key = "binding-" + UUID.randomUUID();
        String body = Json.of(Encounters.anOfficeVisit());
        given().header("Authorization", as("coder")).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/encounters").then().statusCode(201);
        var refused = given().header("Authorization", as("analyst")).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/encounters")
                .then().statusCode(403).extract();
        assertNull(refused.header("Idempotent-Replayed"));
        assertNull(refused.header("Location"));
        assertEquals(1, stored());
    }

    @Test
    void post_malformedKey_is422KeyFormatAndStoresNothing() {
        given().header("Authorization", as("coder")).header("Idempotency-Key", "two words")
                .contentType("application/json").body(Json.of(Encounters.anOfficeVisit())).post("/encounters")
                .then().statusCode(422).body("errors[0].rule", equalTo("idempotency-key-format"));
        assertEquals(0, stored());
    }
}
