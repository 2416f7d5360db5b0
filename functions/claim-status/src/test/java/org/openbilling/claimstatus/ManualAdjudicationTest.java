package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;

/**
 * POST /claims/{id}/status with an {@code adjudication}: a paper EOB entered by hand, posted like an 835 (the
 * fixture claim has two lines, 125.00 and 45.50, total 170.50).
 */
@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class ManualAdjudicationTest {
    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private static final String PAID_WITH_SHARE = """
            {"status":"PAID","reason":"paper EOB","adjudication":{
              "paidAmount":"100.00","patientResponsibility":"20.00","payerClaimControlNumber":"EOB-7781",
              "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"50.50"},
                             {"groupCode":"PR","reasonCode":"2","amount":"20.00","lineNumber":1}],
              "lines":[{"lineNumber":1,"paidAmount":"80.00"},{"lineNumber":2,"paidAmount":"20.00"}],
              "remarks":["N130"]}}""";

    private RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/json");
    }

    private ExtractableResponse<Response> post(Claim c, String body) {
        return as("biller").body(body).post("/claims/{id}/status", c.id().value()).then().extract();
    }

    private Claim stored(Claim c) {
        return claims.find(new PracticeId(practice), c.id()).orElseThrow();
    }

    @Test
    void paidWithPatientShare_postsAmountsAndInvoicesTheShare() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        ExtractableResponse<Response> r = post(c, PAID_WITH_SHARE);
        assertEquals(200, r.statusCode(), r.asString());
        assertEquals("PAID", r.path("status"));
        assertEquals("100.00", r.path("paidAmount"));
        assertEquals("50.50", r.path("contractualAdjustment"));
        assertEquals("20.00", r.path("patientResponsibility"));
        assertEquals("0.00", r.path("insuranceBalance"));
        assertEquals("EOB-7781", r.path("payerClaimControlNumber"));
        assertEquals("80.00", r.path("lines[0].paidAmount"));
        assertEquals("20.00", r.path("lines[1].paidAmount"));
        assertEquals("N130", r.path("remarks[0].code"));
        List<String> invoiceIds = r.path("invoiceIds");
        assertEquals(1, invoiceIds.size());
        String last = r.path("history[-1].reason");
        assertTrue(last.contains("paper EOB"), last);
        assertTrue(!r.path("history[-1].actor").toString().isBlank());

        as("biller").get("/invoices/{id}", invoiceIds.get(0)).then().statusCode(200)
                .body("amountDue", equalTo("20.00")).body("balance", equalTo("20.00"))
                .body("claimId", equalTo(c.id().value())).body("lines", hasSize(1))
                .body("lines[0].lineNumber", equalTo(1));
    }

    @Test
    void submittedClaim_recordsTheImpliedAcceptanceFirst() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        ExtractableResponse<Response> r = post(c, PAID_WITH_SHARE);
        assertEquals(200, r.statusCode(), r.asString());
        List<String> to = r.path("history.to");
        assertEquals(List.of("ACCEPTED", "PAID"), to.subList(to.size() - 2, to.size()));
    }

    @Test
    void deniedWithoutPayment_balancesWithTheDenialAdjustment() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        ExtractableResponse<Response> r = post(c, """
                {"status":"DENIED","adjudication":{"paidAmount":0,
                  "adjustments":[{"groupCode":"CO","reasonCode":"50","amount":170.50}]}}""");
        assertEquals(200, r.statusCode(), r.asString());
        assertEquals("DENIED", r.path("status"));
        assertEquals("170.50", r.path("contractualAdjustment"));
        assertEquals(0, ((List<?>) r.path("invoiceIds")).size());
    }

    @Test
    void patientShareWithoutReasons_isBookedAsOnePrAdjustment() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        ExtractableResponse<Response> r = post(c, """
                {"status":"PAID","adjudication":{"paidAmount":"120.00","patientResponsibility":"30.00",
                  "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"20.50"}]}}""");
        assertEquals(200, r.statusCode(), r.asString());
        assertEquals("30.00", r.path("patientResponsibility"));
        assertEquals("PR", r.path("adjustments[1].groupCode"));
        assertEquals(1, ((List<?>) r.path("invoiceIds")).size());
    }

    @Test
    void everyViolationAtOnce_is422_andChangesNothing() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        ExtractableResponse<Response> r = post(c, """
                {"status":"PAID","adjudication":{"paidAmount":"-5","patientResponsibility":"1.234","payerClaimControlNumber":"A B/C",
                  "adjustments":[{"groupCode":"XX","reasonCode":"ZZZ9","amount":"0"},{"reasonCode":"45","amount":"1"}],
                  "lines":[{"lineNumber":0,"paidAmount":"1"}],"remarks":["NOPE"]}}""");
        assertEquals(422, r.statusCode(), r.asString());
        List<String> fields = r.path("errors.field");
        assertTrue(fields.containsAll(List.of("adjudication.paidAmount", "adjudication.patientResponsibility",
                "adjudication.adjustments[0].groupCode", "adjudication.adjustments[0].reasonCode",
                "adjudication.adjustments[0].amount", "adjudication.adjustments[1].groupCode",
                "adjudication.lines[0].lineNumber", "adjudication.remarks[0]", "adjudication.payerClaimControlNumber")),
                fields.toString());
        List<String> rules = r.path("errors.rule");
        assertTrue(rules.containsAll(List.of("amount-negative", "money-format", "adjustment-group-unknown",
                "adjustment-reason-unknown", "amount-zero", "required", "line-number-range", "remark-unknown",
                "payer-claim-control-number-format")),
                rules.toString());
        Claim after = stored(c);
        assertEquals(c.version(), after.version());
        assertEquals(ClaimStatus.ACCEPTED, after.status());
    }

    @Test
    void unbalanced_unknownLine_andPaidDenial_are422() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        post(c, """
                {"status":"PAID","adjudication":{"paidAmount":"100.00",
                  "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"50.00"}]}}""")
                .response().then().statusCode(422).body("errors[0].rule", equalTo("adjudication-unbalanced"))
                .body("errors[0].field", equalTo("adjudication.adjustments"));
        post(c, """
                {"status":"PAID","adjudication":{"paidAmount":"100.00",
                  "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"70.50","lineNumber":9}]}}""")
                .response().then().statusCode(422).body("errors.rule", hasItems("claim-line-unknown"));
        post(c, """
                {"status":"DENIED","adjudication":{"paidAmount":"100.00",
                  "adjustments":[{"groupCode":"CO","reasonCode":"50","amount":"70.50"}]}}""")
                .response().then().statusCode(422).body("errors.rule", hasItems("denied-with-payment"));
        post(c, """
                {"status":"PAID","adjudication":{"paidAmount":"100.00","patientResponsibility":"10.00",
                  "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"50.50"},
                                 {"groupCode":"PR","reasonCode":"1","amount":"20.00"}]}}""")
                .response().then().statusCode(422).body("errors.rule", hasItems("patient-share-mismatch"));
        post(c, """
                {"status":"SUBMITTED","adjudication":{"paidAmount":"170.50"}}""")
                .response().then().statusCode(422).body("errors.rule", hasItems("adjudication-status"));
        assertEquals(c.version(), stored(c).version());
    }

    @Test
    void notAllowedFromReady_is422_andStaleVersion_is409() {
        Claim ready = Flows.aClaimIn(claims, practice, ClaimStatus.READY);
        post(ready, PAID_WITH_SHARE).response().then().statusCode(422)
                .body("errors[0].rule", equalTo("claim-transition-not-allowed"));
        Claim accepted = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        post(accepted, PAID_WITH_SHARE.replace("\"status\":\"PAID\",", "\"status\":\"PAID\",\"expectedVersion\":1,"))
                .response().then().statusCode(409).body("errors[0].rule", equalTo("version-conflict"));
        assertEquals(0, stored(ready).invoiceIds().size() + stored(accepted).invoiceIds().size());
    }

    @Test
    void retryWithTheSameIdempotencyKey_postsOnce() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        String key = "eob-" + UUID.randomUUID();
        ExtractableResponse<Response> first = as("biller").header("Idempotency-Key", key).body(PAID_WITH_SHARE)
                .post("/claims/{id}/status", c.id().value()).then().statusCode(200).extract();
        ExtractableResponse<Response> again = as("biller").header("Idempotency-Key", key).body(PAID_WITH_SHARE)
                .post("/claims/{id}/status", c.id().value()).then().statusCode(200).extract();
        assertEquals(first.asString(), again.asString());
        Claim after = stored(c);
        assertEquals(1, after.invoiceIds().size());
        assertEquals(1, after.postings().size());
        assertEquals("100.00", after.paidAmount().toString());
        as("biller").header("Idempotency-Key", key).body(PAID_WITH_SHARE.replace("paper EOB", "other"))
                .post("/claims/{id}/status", c.id().value()).then().statusCode(422)
                .body("errors[0].rule", equalTo("idempotency-key-reused"));
    }

    @Test
    void retryWithoutAKey_isAnsweredWithTheClaim_andPostsNothingTwice() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        ExtractableResponse<Response> first = post(c, PAID_WITH_SHARE);
        assertEquals(200, first.statusCode(), first.asString());
        ExtractableResponse<Response> again = post(c, PAID_WITH_SHARE);
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals((Object) first.path("version"), again.path("version"));
        Claim after = stored(c);
        assertEquals(1, after.postings().size());
        assertEquals(List.of(first.path("invoiceIds[0]").toString()), after.invoiceIds().stream().map(i -> i.value()).toList());
        assertEquals("100.00", after.paidAmount().toString());
        // another EOB on the paid claim is not a retry: PAID to PAID is not a move of the table
        post(c, """
                {"status":"PAID","adjudication":{"paidAmount":"120.00","patientResponsibility":"30.00",
                  "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"20.50"}]}}""").response().then().statusCode(422)
                .body("errors[0].rule", equalTo("claim-transition-not-allowed"));
    }

    @Test
    void backToAccepted_reversesTheAdjudication_andVoidsItsUnpaidInvoice() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        ExtractableResponse<Response> paid = post(c, PAID_WITH_SHARE);
        assertEquals(200, paid.statusCode(), paid.asString());
        String invoice = paid.path("invoiceIds[0]");
        ExtractableResponse<Response> r = post(c, "{\"status\":\"ACCEPTED\",\"reason\":\"posted to the wrong claim\"}");
        assertEquals(200, r.statusCode(), r.asString());
        assertEquals("ACCEPTED", r.path("status"));
        assertEquals("0.00", r.path("paidAmount"));
        assertEquals("0.00", r.path("contractualAdjustment"));
        assertEquals("0.00", r.path("patientResponsibility"));
        assertEquals("170.50", r.path("insuranceBalance"));
        as("biller").get("/invoices/{id}", invoice).then().statusCode(200).body("status", equalTo("VOID"));
        // and the corrected EOB posts afresh
        ExtractableResponse<Response> again = post(c, PAID_WITH_SHARE.replace("\"paidAmount\":\"100.00\",\"patientResponsibility\":\"20.00\"",
                "\"paidAmount\":\"110.00\",\"patientResponsibility\":\"10.00\"").replace("\"amount\":\"20.00\",\"lineNumber\":1",
                "\"amount\":\"10.00\",\"lineNumber\":1").replace("\"paidAmount\":\"80.00\"", "\"paidAmount\":\"90.00\""));
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals("110.00", again.path("paidAmount"));
        assertEquals(2, ((List<?>) again.path("invoiceIds")).size());
    }

    @Test
    void anotherPractice_isNotFound_andACoderIsForbidden() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        given().header("Authorization", Tokens.bearer("other-" + practice, "biller")).contentType("application/json")
                .body(PAID_WITH_SHARE).post("/claims/{id}/status", c.id().value()).then().statusCode(404);
        as("coder").body(PAID_WITH_SHARE).post("/claims/{id}/status", c.id().value()).then().statusCode(403);
        assertEquals(c.version(), stored(c).version());
    }
}
