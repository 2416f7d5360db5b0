package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;
import org.openbilling.testing.DynamoCallCounter;

/**
 * A mutation through the gateway costs the DynamoDB calls of the function it calls and nothing more: the gateway
 * answers from the function's own JSON, it does not read the record back. Measured as the difference between the
 * same change sent directly to the function and sent through the gateway (both run in this test app).
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class MutationCostTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void updateClaimStatus_addsNoDynamoCallsToTheFunctions() {
        String id = readyClaim();
        String biller = Tokens.bearer(practice, "biller");
        for (String s : new String[] {"SUBMITTED", "ACCEPTED", "DENIED"}) {
            given().header("Authorization", biller).contentType("application/json").body(Map.of("status", s))
                    .post("/claims/" + id + "/status").then().statusCode(200);
        }
        // warm both paths once (the practice's time zone is cached by then)
        direct(biller, id, "APPEALED");
        viaGateway(biller, id, "DENIED");

        DynamoCallCounter.reset();
        direct(biller, id, "APPEALED");
        Map<String, Integer> direct = DynamoCallCounter.snapshot();

        DynamoCallCounter.reset();
        viaGateway(biller, id, "DENIED");
        Map<String, Integer> gateway = DynamoCallCounter.snapshot();
        assertEquals(direct, gateway, "the gateway's own DynamoDB calls for updateClaimStatus");
    }

    @Test
    void codeEncounter_addsNoDynamoCallsToTheFunction() {
        String coder = Tokens.bearer(practice, "coder");
        String id = GraphQL.post(coder, """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit()))).body("errors", nullValue())
                .extract().path("data.createEncounter.id");
        Map<String, Object> coding = Map.of("diagnoses", java.util.List.of("E11.9"), "procedures",
                java.util.List.of(Map.of("code", "99213", "charge", "125.00", "diagnosisPointers", java.util.List.of(1))));

        DynamoCallCounter.reset();
        given().header("Authorization", coder).contentType("application/json").body(coding)
                .put("/encounters/" + id + "/codes").then().statusCode(200);
        Map<String, Integer> direct = DynamoCallCounter.snapshot();

        DynamoCallCounter.reset();
        GraphQL.post(coder, """
                mutation Code($id: ID!, $p: [ProcedureInput!]!) { codeEncounter(id: $id, diagnoses: ["E11.9"], procedures: $p) {
                  id status version diagnoses procedures { code charge } } }""", Map.of("id", id, "p", coding.get("procedures")))
                .body("errors", nullValue())
                .body("data.codeEncounter.status", equalTo("CODED"))
                .body("data.codeEncounter.procedures[0].charge", equalTo("125.00"));
        assertEquals(direct, DynamoCallCounter.snapshot(), "the gateway's own DynamoDB calls for codeEncounter");
    }

    private String readyClaim() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit()))).body("errors", nullValue())
                .extract().path("data.createEncounter.id");
        return GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id status } }""", Map.of("id", encounterId))
                .body("errors", nullValue()).body("data.createClaim.status", equalTo("READY"))
                .extract().path("data.createClaim.id");
    }

    private static void direct(String biller, String id, String to) {
        given().header("Authorization", biller).contentType("application/json").body(Map.of("status", to))
                .post("/claims/" + id + "/status").then().statusCode(200).body("status", equalTo(to));
    }

    private static void viaGateway(String biller, String id, String to) {
        GraphQL.post(biller, """
                mutation Move($id: ID!, $s: ClaimStatus!) { updateClaimStatus(id: $id, status: $s) { id status version } }""",
                Map.of("id", id, "s", to))
                .body("errors", nullValue())
                .body("data.updateClaimStatus.status", equalTo(to));
    }

}
