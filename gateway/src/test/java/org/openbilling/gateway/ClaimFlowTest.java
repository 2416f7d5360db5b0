package org.openbilling.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/** The foundation flow, through the gateway and the real functions over HTTP, against the local DynamoDB. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ClaimFlowTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void encounterToSubmittedClaim_isListedAsOpenWithHistory() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) {
                  createEncounter(encounter: $e) { id status diagnoses procedures { code charge } }
                }""", Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit())))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createEncounter.status", equalTo("CODED"))
                .body("data.createEncounter.diagnoses", equalTo(java.util.List.of("E11.9", "I10")))
                .body("data.createEncounter.procedures[0].charge", equalTo("125.00"))
                .extract().path("data.createEncounter.id");

        String claimId = GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id, idempotencyKey: "k-1") {
                  id status totalCharge claimNumber encounter { id status } } }""", Map.of("id", encounterId))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createClaim.status", equalTo("READY"))
                .body("data.createClaim.totalCharge", equalTo("170.50"))
                .body("data.createClaim.encounter.status", equalTo("BILLED"))
                .extract().path("data.createClaim.id");

        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Send($id: ID!) { updateClaimStatus(id: $id, status: SUBMITTED, reason: "batch 1", expectedVersion: 1) {
                  status version } }""", Map.of("id", claimId))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updateClaimStatus.status", equalTo("SUBMITTED"))
                .body("data.updateClaimStatus.version", equalTo(2));

        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                query One($id: ID!) { claim(id: $id) { status submittedAt history { from to actor reason } } }""",
                Map.of("id", claimId))
                .body("errors", nullValue())
                .body("data.claim.status", equalTo("SUBMITTED"))
                .body("data.claim.history", hasSize(2))
                .body("data.claim.history[0].to", equalTo("READY"))
                .body("data.claim.history[1].from", equalTo("READY"))
                .body("data.claim.history[1].to", equalTo("SUBMITTED"))
                .body("data.claim.history[1].reason", equalTo("batch 1"));

        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                { openClaims(statuses: [SUBMITTED], orderBy: OLDEST_FIRST, first: 10) {
                    edges { cursor node { id status payer { payerId } } } pageInfo { hasNextPage } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.openClaims.edges.node.id", hasItem(claimId))
                .body("data.openClaims.edges[0].node.payer.payerId", equalTo("60054"))
                .body("data.openClaims.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void paperEob_isPostedThroughUpdateClaimStatus_andABadOneIsAnErrorNamingTheField() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit()))).extract().path("data.createEncounter.id");
        String claimId = GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id } }""", Map.of("id", encounterId))
                .extract().path("data.createClaim.id");
        for (String to : new String[] {"SUBMITTED", "ACCEPTED"}) {
            GraphQL.post(Tokens.bearer(practice, "biller"), "mutation($id: ID!) { updateClaimStatus(id: $id, status: "
                    + to + ") { status } }", Map.of("id", claimId)).body("errors", nullValue());
        }
        String eob = """
                mutation Eob($id: ID!, $a: AdjudicationInput) {
                  updateClaimStatus(id: $id, status: PAID, reason: "paper EOB", adjudication: $a, idempotencyKey: "eob-1") {
                    status paidAmount contractualAdjustment patientResponsibility insuranceBalance
                    adjustments { groupCode reasonCode amount lineNumber } invoices { amountDue } } }""";
        GraphQL.post(Tokens.bearer(practice, "biller"), eob, Map.of("id", claimId, "a", Map.of("paidAmount", 100,
                        "adjustments", java.util.List.of(Map.of("groupCode", "CO", "reasonCode", "45", "amount", 50.5),
                                Map.of("groupCode", "PR", "reasonCode", "2", "amount", "10.00", "lineNumber", 1)))))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("adjudication-unbalanced"))
                .body("errors[0].extensions.field", equalTo("adjudication.adjustments"));
        GraphQL.post(Tokens.bearer(practice, "biller"), eob, Map.of("id", claimId, "a", Map.of("paidAmount", 100,
                        "adjustments", java.util.List.of(Map.of("groupCode", "CO", "reasonCode", "45", "amount", 50.5),
                                Map.of("groupCode", "PR", "reasonCode", "2", "amount", "20.00", "lineNumber", 1)))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updateClaimStatus.status", equalTo("PAID"))
                .body("data.updateClaimStatus.paidAmount", equalTo("100.00"))
                .body("data.updateClaimStatus.contractualAdjustment", equalTo("50.50"))
                .body("data.updateClaimStatus.patientResponsibility", equalTo("20.00"))
                .body("data.updateClaimStatus.insuranceBalance", equalTo("0.00"))
                .body("data.updateClaimStatus.adjustments[1].lineNumber", equalTo(1))
                .body("data.updateClaimStatus.invoices[0].amountDue", equalTo("20.00"));
    }

    @Test
    void createClaim_withInvalidEncounterId_isAGraphQLErrorWithRuleAndField() {
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation { createClaim(encounterId: "no-such-encounter") { id } }""", Map.of())
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("encounter-not-found"))
                .body("errors[0].extensions.field", equalTo("encounterId"));
    }

    @Test
    void claim_ofAnotherPractice_isNullWithNotFound() {
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                { claim(id: "c-does-not-exist") { id } }""", Map.of())
                .body("data.claim", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));
    }

    @Test
    void updateClaimStatus_ofAnotherPracticesClaim_isNotFound_andLeavesItAlone() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit()))).body("errors", nullValue())
                .extract().path("data.createEncounter.id");
        String claimId = GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id } }""", Map.of("id", encounterId))
                .body("errors", nullValue()).extract().path("data.createClaim.id");
        // the mutation answers from the function's answer: the function, which scopes by the token, refuses it
        GraphQL.post(Tokens.bearer("other" + practice, "biller"), """
                mutation Move($id: ID!) { updateClaimStatus(id: $id, status: VOIDED) { id status } }""", Map.of("id", claimId))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                query One($id: ID!) { claim(id: $id) { status version } }""", Map.of("id", claimId))
                .body("errors", nullValue())
                .body("data.claim.status", equalTo("READY"))
                .body("data.claim.version", equalTo(1));
    }

    @Test
    void createEncounter_withBadNpiAndCode_listsEveryRule() {
        var input = GraphQL.asMap(Encounters.anOfficeVisit());
        @SuppressWarnings("unchecked")
        Map<String, Object> billing = (Map<String, Object>) input.get("billingProvider");
        billing.put("npi", "1234567890");
        input.put("diagnoses", java.util.List.of("E11.9", "ZZZ.99"));
        GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""", Map.of("e", input))
                .body("errors[0].extensions.status", equalTo(422))
                .body("errors[0].extensions.errors.rule", hasItem("npi-check-digit"))
                .body("errors[0].extensions.errors.field", hasItem("billingProvider.npi"))
                .body("errors[0].extensions.errors.field", hasItem("diagnoses[1]"));
    }

    @Test
    void updateClaimStatus_voided_isTheVoid_andReplaced_isRefusedNamingTheCorrections() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit()))).extract().path("data.createEncounter.id");
        String claimId = GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id } }""", Map.of("id", encounterId))
                .body("errors", nullValue()).extract().path("data.createClaim.id");
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Move($id: ID!) { updateClaimStatus(id: $id, status: REPLACED) { status } }""", Map.of("id", claimId))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("use-corrections-endpoint"));
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Move($id: ID!) { updateClaimStatus(id: $id, status: SUBMITTED) { status } }""", Map.of("id", claimId))
                .body("errors", nullValue());
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Move($id: ID!) { updateClaimStatus(id: $id, status: ACCEPTED) { status } }""", Map.of("id", claimId))
                .body("errors", nullValue());
        // the payer has the claim but never gave its number: the void says to cancel it with the payer directly
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Move($id: ID!) { updateClaimStatus(id: $id, status: VOIDED, reason: "duplicate") {
                  status frequency nextStatuses history { reason } encounter { status } } }""", Map.of("id", claimId))
                .body("errors", nullValue())
                .body("data.updateClaimStatus.status", equalTo("VOIDED"))
                .body("data.updateClaimStatus.history[-1].reason", org.hamcrest.Matchers.startsWith("voided: duplicate"))
                .body("data.updateClaimStatus.history[-1].reason", org.hamcrest.Matchers.containsString("cancel the claim with the payer"))
                .body("data.updateClaimStatus.nextStatuses", hasSize(0))
                .body("data.updateClaimStatus.encounter.status", equalTo("CODED"));
    }

    @Test
    void claimNextStatuses_areTheMovesByHand_withoutReplaced() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit()))).extract().path("data.createEncounter.id");
        String claimId = GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id } }""", Map.of("id", encounterId))
                .body("errors", nullValue()).extract().path("data.createClaim.id");
        for (String s : java.util.List.of("SUBMITTED", "ACCEPTED", "DENIED")) {
            GraphQL.post(Tokens.bearer(practice, "biller"), """
                    mutation Move($id: ID!, $s: ClaimStatus!) { updateClaimStatus(id: $id, status: $s) { status } }""",
                    Map.of("id", claimId, "s", s)).body("errors", nullValue());
        }
        GraphQL.post(Tokens.bearer(practice, "analyst"), "query One($id: ID!) { claim(id: $id) { nextStatuses } }",
                Map.of("id", claimId))
                .body("data.claim.nextStatuses", equalTo(java.util.List.of("ACCEPTED", "APPEALED", "CLOSED", "VOIDED")));
    }
}
