package org.openbilling.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.gateway.access.RoleTable;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * A claim answers its place in the chain of payers: a primary adjudicated by hand with a secondary coverage has a
 * nextClaim (the secondary, READY, owing what the primary left the patient) whose previousClaim is the primary; each
 * role reads the links as the role table says (the role walk does not follow a claim to a claim: it never revisits
 * a type on one path).
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ClaimChainGraphTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    static Map<String, Object> coverage(String payerId, String memberId) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("payerId", payerId);
        c.put("payerName", "Payer " + payerId);
        c.put("memberId", memberId);
        c.put("filingIndicator", "CI");
        c.put("relationship", "SELF");
        return c;
    }

    /**
     * A primary claim of {@code practice} to 60054, its visit also covered by 87726, adjudicated by hand (paid 120.00,
     * 20.00 left to the patient): its secondary claim is READY under the primary's id and ".S".
     */
    static String adjudicatedPrimaryWithSecondary(String practice) {
        return adjudicatedPrimary(practice, List.of(coverage("60054", "M1"), coverage("87726", "M2")));
    }

    /**
     * A primary claim of {@code practice} to the first of {@code coverages} (none: the demo visit's one coverage,
     * 60054), adjudicated by hand (paid 120.00, 20.00 left to the patient as a PR-3 copay): with a later coverage its
     * next claim is made, with none the patient is invoiced.
     */
    static String adjudicatedPrimary(String practice, List<Map<String, Object>> coverages) {
        String admin = Tokens.bearer(practice, "admin");
        Map<String, Object> e = new HashMap<>(GraphQL.asMap(Encounters.anOfficeVisitOn(
                LocalDate.now(ZoneId.of("America/New_York")).minusDays(5))));
        e.values().removeIf(java.util.Objects::isNull);
        if (!coverages.isEmpty()) {
            e.remove("coverage");
            e.put("coverages", coverages);
        }
        String encounter = GraphQL.post(admin, "mutation($e: EncounterInput!) { createEncounter(encounter: $e) { id } }",
                Map.of("e", e)).body("errors", nullValue()).extract().path("data.createEncounter.id");
        String claim = GraphQL.post(admin, "mutation { createClaim(encounterId: \"" + encounter + "\") { id totalCharge } }",
                Map.of()).body("errors", nullValue()).extract().path("data.createClaim.id");
        for (String to : List.of("SUBMITTED", "ACCEPTED")) {
            GraphQL.post(admin, "mutation { updateClaimStatus(id: \"" + claim + "\", status: " + to + ") { status } }",
                    Map.of()).body("errors", nullValue());
        }
        Map<String, Object> adjudication = Map.of("paidAmount", "120.00", "adjustments", List.of(
                Map.of("groupCode", "CO", "reasonCode", "45", "amount", "30.50"),
                Map.of("groupCode", "PR", "reasonCode", "3", "amount", "20.00", "lineNumber", 1)));
        GraphQL.post(admin, "mutation($a: AdjudicationInput) { updateClaimStatus(id: \"" + claim
                        + "\", status: PAID, adjudication: $a, idempotencyKey: \"chain-eob-" + claim + "\") { status invoiceIds } }",
                Map.of("a", adjudication)).body("errors", nullValue())
                .body("data.updateClaimStatus.invoiceIds", hasSize(coverages.size() > 1 ? 0 : 1));
        return claim;
    }

    @Test
    void claim_primaryAdjudicatedWithASecondaryCoverage_answersItsNextClaimAndTheNextItsPrevious() {
        String primary = adjudicatedPrimaryWithSecondary(practice);
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                query { claim(id: "%s") { payerSequence sentByCrossover insuranceBalance previousClaim { id }
                  nextClaim { id status payerSequence payer { payerId } insuranceBalance previousClaim { id } nextClaim { id } } } }"""
                .formatted(primary), Map.of())
                .body("errors", nullValue())
                .body("data.claim.payerSequence", equalTo("PRIMARY"))
                .body("data.claim.sentByCrossover", equalTo(false))
                .body("data.claim.insuranceBalance", equalTo("0.00"))
                .body("data.claim.previousClaim", nullValue())
                .body("data.claim.nextClaim.id", equalTo(primary + ".S"))
                .body("data.claim.nextClaim.status", equalTo("READY"))
                .body("data.claim.nextClaim.payerSequence", equalTo("SECONDARY"))
                .body("data.claim.nextClaim.payer.payerId", equalTo("87726"))
                .body("data.claim.nextClaim.insuranceBalance", equalTo("20.00"))
                .body("data.claim.nextClaim.previousClaim.id", equalTo(primary))
                .body("data.claim.nextClaim.nextClaim", nullValue());
    }

    @Test
    void claimChainLinks_everyRole_answersAsTheRoleTableSays() {
        String primary = adjudicatedPrimaryWithSecondary(practice);
        for (String role : RoleMatrixTest.ROLES) {
            boolean claims = RoleTable.rolesFor("Query", "claim").orElseThrow().contains(role);
            boolean links = RoleTable.rolesFor("Claim", "nextClaim").orElseThrow().contains(role)
                    && RoleTable.rolesFor("Claim", "previousClaim").orElseThrow().contains(role)
                    && RoleTable.rolesFor("Claim", "payerSequence").orElseThrow().contains(role);
            var answer = GraphQL.post(Tokens.bearer(practice, role), """
                    query { claim(id: "%s") { nextClaim { payerSequence previousClaim { payerSequence } } } }"""
                    .formatted(primary), Map.of()).statusCode(200).extract();
            if (claims && links) {
                assertEquals("PRIMARY", answer.path("data.claim.nextClaim.previousClaim.payerSequence"), role);
            } else {
                assertEquals("forbidden", answer.path("errors[0].extensions.code"), role);
            }
        }
    }

    @Test
    void agingAndExport_secondaryClaimOpen_areByPayerAndPlace_withWhatThePrimaryLeft() {
        String primary = adjudicatedPrimaryWithSecondary(practice);
        GraphQL.post(Tokens.bearer(practice, "analyst"),
                        "query { agingReport { byPayer { payerId payerSequence count total } } }", Map.of())
                .body("errors", nullValue())
                .body("data.agingReport.byPayer.payerId", equalTo(List.of("87726")))
                .body("data.agingReport.byPayer[0].payerSequence", equalTo("SECONDARY"))
                .body("data.agingReport.byPayer[0].total", equalTo("20.00"));
        GraphQL.post(Tokens.bearer(practice, "analyst"),
                        "query { openClaims(first: 10) { edges { node { id payerSequence insuranceBalance } } } }", Map.of())
                .body("errors", nullValue())
                .body("data.openClaims.edges.node.id", equalTo(List.of(primary + ".S")))
                .body("data.openClaims.edges[0].node.payerSequence", equalTo("SECONDARY"));
        String csv = io.restassured.RestAssured.given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/open-claims.csv").then().statusCode(200).extract().asString();
        List<List<String>> rows = CsvRows.parse(csv);
        int place = rows.get(0).indexOf("payerSequence");
        int balance = rows.get(0).indexOf("insuranceBalance");
        assertEquals(2, rows.size(), csv);
        assertEquals("SECONDARY", rows.get(1).get(place));
        assertEquals("20.00", rows.get(1).get(balance));
    }
}
