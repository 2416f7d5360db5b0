package org.openbilling.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * addLaterCoverage, claim-status's POST /claims/{id}/coverages through the gateway: a coverage the patient reported
 * after the claim was billed. On a claim whose payer has decided, the next payer's claim is made at once and the
 * patient's invoice moves to it; a bad coverage is the function's rule and field; other roles and practices are
 * refused or find nothing, and change nothing.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class LaterCoverageGraphTest {
    private static final String ADD = """
            mutation($id: ID!, $c: CoverageInput!, $k: String) { addLaterCoverage(claimId: $id, coverage: $c, idempotencyKey: $k) {
              id payerSequence invoices { status adjustments { kind amount } }
              nextClaim { id status payerSequence payer { payerId } insuranceBalance previousClaim { id } } } }""";
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private static Map<String, Object> variables(String claim, Map<String, Object> coverage, String key) {
        Map<String, Object> v = new java.util.HashMap<>(Map.of("id", claim, "c", coverage));
        v.put("k", key);
        return v;
    }

    @Test
    void adjudicatedPrimary_laterSecondary_makesTheSecondaryClaimNow_andMovesThePatientsInvoice_onceForARetry() {
        String primary = ClaimChainGraphTest.adjudicatedPrimary(practice, List.of());
        var later = variables(primary, ClaimChainGraphTest.coverage("87726", "M2"), "later-" + primary);
        for (int attempt = 0; attempt < 2; attempt++) {
            GraphQL.post(Tokens.bearer(practice, "biller"), ADD, later)
                    .body("errors", nullValue())
                    .body("data.addLaterCoverage.id", equalTo(primary))
                    .body("data.addLaterCoverage.payerSequence", equalTo("PRIMARY"))
                    .body("data.addLaterCoverage.nextClaim.id", equalTo(primary + ".S"))
                    .body("data.addLaterCoverage.nextClaim.status", equalTo("READY"))
                    .body("data.addLaterCoverage.nextClaim.payerSequence", equalTo("SECONDARY"))
                    .body("data.addLaterCoverage.nextClaim.payer.payerId", equalTo("87726"))
                    .body("data.addLaterCoverage.nextClaim.insuranceBalance", equalTo("20.00"))
                    .body("data.addLaterCoverage.nextClaim.previousClaim.id", equalTo(primary));
        }
        // the copay's invoice is voided as moved to the next payer, once
        GraphQL.post(Tokens.bearer(practice, "admin"), "query { claim(id: \"" + primary + "\") { invoices { status "
                        + "adjustments { kind amount } } nextClaim { id } } }", Map.of())
                .body("errors", nullValue())
                .body("data.claim.invoices", hasSize(1))
                .body("data.claim.invoices[0].status", equalTo("VOID"))
                .body("data.claim.invoices[0].adjustments.kind", equalTo(List.of("MOVED_TO_NEXT_PAYER")))
                .body("data.claim.invoices[0].adjustments[0].amount", equalTo("20.00"))
                .body("data.claim.nextClaim.id", equalTo(primary + ".S"));
    }

    @Test
    void badCoverage_otherRoles_otherPractice_areRefused_andChangeNothing() {
        String primary = ClaimChainGraphTest.adjudicatedPrimary(practice, List.of());
        // the payer and member of the claim's own coverage: the function's rule and field come through
        GraphQL.post(Tokens.bearer(practice, "biller"), ADD,
                        variables(primary, ClaimChainGraphTest.coverage("60054", Encounters.MEMBER_ID), null))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("coverage-duplicate"))
                .body("errors[0].extensions.field", equalTo("coverage.memberId"))
                .body("errors[0].path", equalTo(List.of("addLaterCoverage")));
        var secondary = variables(primary, ClaimChainGraphTest.coverage("87726", "M2"), null);
        for (String role : List.of("coder", "analyst", "partner")) {
            GraphQL.post(Tokens.bearer(practice, role), ADD, secondary)
                    .body("errors[0].extensions.code", equalTo("forbidden"));
        }
        GraphQL.post(Tokens.bearer("p" + UUID.randomUUID().toString().substring(0, 8), "biller"), ADD, secondary)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));
        var after = GraphQL.post(Tokens.bearer(practice, "admin"), "query { claim(id: \"" + primary + "\") { "
                + "nextClaim { id } invoices { status } encounter { coverages { payerId } } } }", Map.of())
                .body("errors", nullValue()).extract();
        assertNull(after.path("data.claim.nextClaim"));
        assertEquals(List.of("60054"), after.path("data.claim.encounter.coverages.payerId"));
        assertEquals(List.of("OPEN"), after.path("data.claim.invoices.status"));
    }
}
