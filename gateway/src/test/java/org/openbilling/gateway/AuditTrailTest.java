package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/** The audit trail through the gateway: who created a record stays recorded, links are audited, time order. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class AuditTrailTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String as(String subject, String role) {
        return "Bearer " + Tokens.token(practice, subject, Duration.ofMinutes(30), role);
    }

    private String admin() {
        return Tokens.bearer(practice, "admin");
    }

    private String newEncounter() {
        return given().header("Authorization", admin()).contentType("application/json")
                .body(GraphQL.JSON.valueToTree(Encounters.anOfficeVisit()).toString()).post("/encounters")
                .then().statusCode(201).extract().path("id");
    }

    private List<Map<String, Object>> trail(String recordId) {
        return GraphQL.post(admin(), "query($id: ID!) { auditTrail(recordId: $id) { action actor at version outcome } }",
                Map.of("id", recordId)).body("errors", nullValue()).extract().path("data.auditTrail");
    }

    @Test
    void createClaim_sentAgainByAnotherBiller_keepsTheCreatorAndTimeOfClaimCreated() {
        String encounterId = newEncounter();
        String claimId = given().header("Authorization", as("biller-ann", "biller")).contentType("application/json")
                .body("{\"encounterId\":\"" + encounterId + "\"}").post("/claims").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> created = trail(claimId).stream().filter(e -> "CLAIM_CREATED".equals(e.get("action")))
                .findFirst().orElseThrow();
        assertEquals("biller-ann", created.get("actor"));
        // another biller bills the same encounter again: the answer is the claim, the record of who made it stays
        given().header("Authorization", as("biller-bob", "biller")).contentType("application/json")
                .body("{\"encounterId\":\"" + encounterId + "\"}").post("/claims").then().statusCode(200)
                .body("id", equalTo(claimId));
        GraphQL.post(as("biller-cy", "biller"), "mutation($id: ID!) { createClaim(encounterId: $id) { id } }",
                Map.of("id", encounterId)).body("errors", nullValue());
        List<Map<String, Object>> after = trail(claimId).stream().filter(e -> "CLAIM_CREATED".equals(e.get("action"))).toList();
        assertEquals(List.of(created), after);
    }

    @Test
    void auditTrail_isInTimeOrder_evenWhereKeysSortOtherwise() {
        given().header("Authorization", admin()).contentType("application/json").body(RoleMatrixTest.SETTINGS)
                .put("/practice/settings").then().statusCode(200);
        String claimId = given().header("Authorization", admin()).contentType("application/json")
                .body("{\"encounterId\":\"" + newEncounter() + "\"}").post("/claims").then().statusCode(201)
                .extract().path("id");
        String submissionId = GraphQL.post(admin(), "mutation($ids: [String!]!) { submitClaims(claimIds: $ids, "
                + "idempotencyKey: \"audit-order\") { id } }", Map.of("ids", List.of(claimId)))
                .body("errors", nullValue()).extract().path("data.submitClaims.id");
        // a read of the submission: its entry sorts before SUBMISSION_CREATED by key (R < S), but came after it
        given().header("Authorization", admin()).get("/submissions/" + submissionId).then().statusCode(200);
        List<Map<String, Object>> entries = trail(submissionId);
        assertEquals(List.of("SUBMISSION_CREATED", "READ"), entries.stream().map(e -> e.get("action")).toList());
        List<Instant> times = entries.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
        assertTrue(!times.get(1).isBefore(times.get(0)), times.toString());
    }

    @Test
    void linkedRecordsOfOneClaim_areAuditedAsReads_butRowsOfAListAreNot() {
        String encounterId = newEncounter();
        String claimId = given().header("Authorization", admin()).contentType("application/json")
                .body("{\"encounterId\":\"" + encounterId + "\"}").post("/claims").then().statusCode(201)
                .extract().path("id");
        GraphQL.post(as("analyst-list", "analyst"), "{ claims { edges { node { id encounter { patient { lastName } } } } } }",
                Map.of()).body("errors", nullValue());
        assertTrue(trail(encounterId).stream().noneMatch(e -> "analyst-list".equals(e.get("actor"))),
                "a list's rows are not audited one by one");
        GraphQL.post(as("analyst-one", "analyst"), "query($id: ID!) { claim(id: $id) { encounter { patient { lastName } "
                + "claims { id } } } }", Map.of("id", claimId)).body("errors", nullValue());
        List<Map<String, Object>> encounterReads = trail(encounterId).stream()
                .filter(e -> "READ".equals(e.get("action")) && "analyst-one".equals(e.get("actor"))).toList();
        assertEquals(1, encounterReads.size(), "the encounter read through its claim: " + trail(encounterId));
        // the claim itself: read by id once, and again through its encounter's claims in the same request: one entry
        assertEquals(1, trail(claimId).stream()
                .filter(e -> "READ".equals(e.get("action")) && "analyst-one".equals(e.get("actor"))).count());
    }
}
