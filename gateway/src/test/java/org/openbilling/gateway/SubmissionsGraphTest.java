package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/** submitClaims and postRemittance through the gateway, over the real claim-status function. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class SubmissionsGraphTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String[] readyClaim() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit())))
                .body("errors", nullValue()).extract().path("data.createEncounter.id");
        var created = GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id claimNumber } }""", Map.of("id", encounterId))
                .body("errors", nullValue()).extract();
        return new String[] {created.path("data.createClaim.id"), created.path("data.createClaim.claimNumber")};
    }

    static String remittance(String trace, String claimNumber) {
        List<String> s = List.of(
                "ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261120*0900*^*00501*000000777*0*P*:",
                "GS*HP*ACMEPAYER*SUBMIT01*20261120*0900*777*X*005010X221A1",
                "ST*835*0001*005010X221A1",
                "BPR*I*120.5*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261120",
                "TRN*1*" + trace + "*1123456789", "DTM*405*20261120", "N1*PR*AETNA", "REF*2U*60054",
                "N1*PE*SUNNY CLINIC*XX*1234567893", "LX*1",
                "CLP*" + claimNumber + "*1*170.5*120.5*15*12*PCN" + trace + "*11*1",
                "SVC*HC:99213*125*90**1", "DTM*472*20261110", "CAS*CO*45*25", "CAS*PR*2*10",
                "SVC*HC:83036*45.5*30.5**1", "DTM*472*20261110", "CAS*CO*45*10", "CAS*PR*2*5",
                "SE*18*0001", "GE*1*777", "IEA*1*000000777");
        return String.join("~\n", s) + "~\n";
    }

    @Test
    void submitClaims_thenPostRemittance_paysTheClaim_andBillsThePatientsShare() {
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body("{\"submitterId\":\"SUBMIT01\",\"submitterName\":\"SUNNY CLINIC\",\"submitterContact\":{\"name\":\"BILLING\","
                        + "\"phone\":\"2175550100\"},\"receiverId\":\"ACMEPAYER\",\"receiverName\":\"ACME\"}")
                .put("/practice/settings").then().statusCode(200);
        String[] one = readyClaim();
        String[] two = readyClaim();
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Send($ids: [String!]!) { submitClaims(claimIds: $ids, idempotencyKey: "batch-1") {
                  id claimIds controlNumbers { interchange group transactions } x12 } }""",
                Map.of("ids", List.of(one[0], two[0])))
                .body("errors", nullValue())
                .body("data.submitClaims.claimIds", hasSize(2))
                .body("data.submitClaims.x12", containsString("ST*837*"))
                .body("data.submitClaims.x12", containsString("CLM*" + one[1]));

        String trace = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        GraphQL.post(Tokens.bearer(practice, "partner"), """
                mutation Post($x: String!) { postRemittance(x12: $x) { claimsPaid invoicesCreated unmatched alreadyPosted } }""",
                Map.of("x", remittance(trace, one[1])))
                .body("errors", nullValue())
                .body("data.postRemittance.claimsPaid", equalTo(1))
                .body("data.postRemittance.invoicesCreated", hasSize(1))
                .body("data.postRemittance.alreadyPosted", equalTo(false));
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                query One($id: ID!) { claim(id: $id) { status paidAmount patientResponsibility insuranceBalance
                  adjustments { groupCode reasonCode description } invoices { balance status } } }""", Map.of("id", one[0]))
                .body("errors", nullValue())
                .body("data.claim.status", equalTo("PAID"))
                .body("data.claim.paidAmount", equalTo("120.50"))
                .body("data.claim.patientResponsibility", equalTo("15.00"))
                .body("data.claim.insuranceBalance", equalTo("0.00"))
                .body("data.claim.invoices[0].balance", equalTo("15.00"))
                .body("data.claim.adjustments.reasonCode", hasItem("45"));
        // the same file again changes nothing; another practice's file cannot touch this claim
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Post($x: String!) { postRemittance(x12: $x) { claimsPaid alreadyPosted } }""",
                Map.of("x", remittance(trace, one[1])))
                .body("data.postRemittance.alreadyPosted", equalTo(true));
        GraphQL.post(Tokens.bearer("other-" + practice, "biller"), """
                mutation Post($x: String!) { postRemittance(x12: $x) { claimsPaid unmatched } }""",
                Map.of("x", remittance(trace + "X", two[1])))
                .body("errors", nullValue())
                .body("data.postRemittance.claimsPaid", equalTo(0))
                .body("data.postRemittance.unmatched", hasItem(two[1]));
        GraphQL.post(Tokens.bearer(practice, "analyst"), "query One($id: ID!) { claim(id: $id) { status } }", Map.of("id", two[0]))
                .body("data.claim.status", equalTo("SUBMITTED"));
    }

    @Test
    void malformedX12_isAGraphQLErrorNamingTheSegment_andAnalystsMayNotSubmit() {
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation { postRemittance(x12: "ISA*00*garbage~") { claimsPaid } }""", Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("x12-malformed"));
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                mutation { submitClaims(claimIds: ["c-1"]) { id } }""", Map.of())
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void postRemittance_answersNotPostedWithTheRule_andAgainAfterTheFix_postsThoseOnly() {
        String[] ready = readyClaim();
        String trace = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String x12 = remittance(trace, ready[1]);
        String document = """
                mutation Post($x: String!) { postRemittance(x12: $x) { claimsPaid alreadyPosted
                  notPosted { claimNumber rule message } } }""";
        GraphQL.post(Tokens.bearer(practice, "partner"), document, Map.of("x", x12))
                .body("errors", nullValue())
                .body("data.postRemittance.claimsPaid", equalTo(0))
                .body("data.postRemittance.notPosted[0].claimNumber", equalTo(ready[1]))
                .body("data.postRemittance.notPosted[0].rule", equalTo("claim-transition-not-allowed"))
                .body("data.postRemittance.notPosted[0].message", containsString("READY"));
        // the claim was sent on paper: marked SUBMITTED, the same file posted again pays it
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation($id: ID!) { updateClaimStatus(id: $id, status: SUBMITTED) { status } }""", Map.of("id", ready[0]))
                .body("errors", nullValue());
        GraphQL.post(Tokens.bearer(practice, "partner"), document, Map.of("x", x12))
                .body("errors", nullValue())
                .body("data.postRemittance.claimsPaid", equalTo(1))
                .body("data.postRemittance.alreadyPosted", equalTo(false))
                .body("data.postRemittance.notPosted", hasSize(0));
        GraphQL.post(Tokens.bearer(practice, "partner"), document, Map.of("x", x12))
                .body("data.postRemittance.alreadyPosted", equalTo(true));
        GraphQL.post(Tokens.bearer(practice, "analyst"), "query One($id: ID!) { claim(id: $id) { status } }",
                Map.of("id", ready[0])).body("data.claim.status", equalTo("PAID"));
    }

    @Test
    void inquireClaimStatus_thenPostAcknowledgement_showsTheInquiryAndTheAnswerInTheClaimsHistory() {
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body("{\"submitterId\":\"SUBMIT01\",\"submitterName\":\"SUNNY CLINIC\",\"submitterContact\":{\"name\":\"BILLING\","
                        + "\"phone\":\"2175550100\"},\"receiverId\":\"ACMEPAYER\",\"receiverName\":\"ACME\"}")
                .put("/practice/settings").then().statusCode(200);
        String[] one = readyClaim();
        GraphQL.post(Tokens.bearer(practice, "biller"), "mutation($ids: [String!]!) { submitClaims(claimIds: $ids) { id } }",
                Map.of("ids", List.of(one[0]))).body("errors", nullValue());

        var inquiry = GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Ask($ids: [String!]!) { inquireClaimStatus(claimIds: $ids, idempotencyKey: "ask-1") {
                  id claims { claimId claimNumber trace } controlNumbers { group } x12 } }""",
                Map.of("ids", List.of(one[0])))
                .body("errors", nullValue())
                .body("data.inquireClaimStatus.claims[0].claimNumber", equalTo(one[1]))
                .body("data.inquireClaimStatus.x12", containsString("ST*276*"))
                .extract();
        String id = inquiry.path("data.inquireClaimStatus.id");
        String trace = inquiry.path("data.inquireClaimStatus.claims[0].trace");
        GraphQL.post(Tokens.bearer(practice, "coder"), "mutation($ids: [String!]!) { inquireClaimStatus(claimIds: $ids) { id } }",
                Map.of("ids", List.of(one[0]))).body("errors[0].extensions.code", equalTo("forbidden"));

        GraphQL.post(Tokens.bearer(practice, "partner"), """
                mutation Post($x: String!) { postAcknowledgement(x12: $x) { transactionSet unmatched
                  statuses { claimNumber category kind statusCodes paidAmount recorded workItemId } } }""",
                Map.of("x", RoleWalkTest.statusResponse(id, one[1], trace)))
                .body("errors", nullValue())
                .body("data.postAcknowledgement.transactionSet", equalTo("277"))
                .body("data.postAcknowledgement.unmatched", equalTo(List.of("NOSUCH1")))
                .body("data.postAcknowledgement.statuses[0].kind", equalTo("FINALIZED"))
                .body("data.postAcknowledgement.statuses[0].paidAmount", equalTo("120.00"));
        GraphQL.post(Tokens.bearer(practice, "analyst"), "query One($id: ID!) { claim(id: $id) { history { reason } } }",
                Map.of("id", one[0]))
                .body("errors", nullValue())
                .body("data.claim.history.reason", hasItem("276 status inquiry " + id + " sent (trace " + trace + ")"))
                .body("data.claim.history.reason", hasItem(containsString("277 claim status F1 (finalized): F1:65")));
        // a 277 of another guide: the rule and ST03 named, nothing posted
        GraphQL.post(Tokens.bearer(practice, "biller"), "mutation Post($x: String!) { postAcknowledgement(x12: $x) { transactionSet } }",
                Map.of("x", RoleWalkTest.statusResponse(id, one[1], trace).replace("005010X212", "005010X213")))
                .body("errors[0].extensions.code", equalTo("x12-277-guide-unsupported"))
                .body("errors[0].extensions.field", equalTo("ST[3].03"));
    }
}
