package org.openbilling.claimcreation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.claim.Adjudication;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.claim.Remark;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.domain.invoice.PaymentMethod;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class CorrectionsAndVoidsTest {
    static final String NEW_PROCEDURES = "{\"procedures\":[{\"code\":\"99214\",\"charge\":\"180.00\",\"diagnosisPointers\":[1,2]}]}";

    @Inject
    EncounterRepository encounters;
    @Inject
    ClaimRepository claims;
    @Inject
    InvoiceRepository invoices;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String biller() {
        return Tokens.bearer(practice, "biller");
    }

    /** A claim made through POST /claims and then moved, as the payer's answers would, to {@code path}. */
    private Claim claimIn(String payerClaimControlNumber, ClaimStatus... path) {
        Encounter e = encounters.create(Claims.aCodedEncounter(practice));
        String id = given().header("Authorization", biller()).contentType("application/json")
                .body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims")
                .then().statusCode(201).extract().path("id");
        Claim c = claims.find(new PracticeId(practice), new ClaimId(id)).orElseThrow();
        if (path.length == 0) {
            return c;
        }
        for (ClaimStatus s : path) {
            c = c.moveTo(s, "payer", "test", Instant.now());
        }
        if (c.status() == ClaimStatus.PAID) {
            c = c.withLedger(c.ledger().withAmounts(Money.of("120.00"), Money.of("50.50"), c.patientResponsibility()));
        }
        return claims.update(c.withLinks(c.links().withPayerClaimControlNumber(
                PayerClaimControlNumber.ofNullable(payerClaimControlNumber))));
    }

    private io.restassured.response.ValidatableResponse post(String path, String body) {
        return given().header("Authorization", biller()).contentType("application/json").body(body).post(path).then();
    }

    @Test
    void rejectedClaim_isCorrectedInPlace_andReady() {
        Claim c = claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.REJECTED);
        post("/claims/" + c.id().value() + "/corrections",
                "{\"expectedVersion\":" + c.version() + ",\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(200)
                .body("id", equalTo(c.id().value()))
                .body("claimNumber", equalTo(c.claimNumber().value()))
                .body("status", equalTo("READY"))
                .body("frequency", equalTo("1"))
                .body("totalCharge", equalTo("180.00"))
                .body("lines[0].code", equalTo("99214"))
                .body("history[-1].from", equalTo("REJECTED"))
                .body("history[-1].reason", equalTo("corrected procedures"));
        Encounter e = encounters.find(new PracticeId(practice), c.encounterId()).orElseThrow();
        assertEquals("99214", e.procedures().get(0).code());
    }

    @Test
    void paidClaim_getsAReplacement_andTheOriginalIsReplaced_andARetryMakesNoSecond() {
        Claim c = claimIn("PCN-2026-0001", ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.PAID);
        String body = "{\"expectedVersion\":" + c.version() + ",\"encounter\":" + NEW_PROCEDURES + "}";
        String key = "corr-" + UUID.randomUUID();
        String replacementId = given().header("Authorization", biller()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/claims/" + c.id().value() + "/corrections")
                .then().statusCode(201)
                .body("frequency", equalTo("7"))
                .body("status", equalTo("READY"))
                .body("originalClaimId", equalTo(c.id().value()))
                .body("payerClaimControlNumber", equalTo("PCN-2026-0001"))
                .body("totalCharge", equalTo("180.00"))
                .body("history[0].reason", containsString(c.claimNumber().value()))
                .extract().path("id");
        Claim original = claims.find(new PracticeId(practice), c.id()).orElseThrow();
        assertEquals(ClaimStatus.REPLACED, original.status());
        assertEquals(replacementId, original.replacedByClaimId().value());
        // the same request again, with and without its key: no second replacement
        given().header("Authorization", biller()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/claims/" + c.id().value() + "/corrections").then().statusCode(201)
                .body("id", equalTo(replacementId));
        post("/claims/" + c.id().value() + "/corrections", body).statusCode(200).body("id", equalTo(replacementId));
        assertEquals(2, claims.byEncounter(new PracticeId(practice), c.encounterId()).size());
        // the replacement's 837 preview names the original's payer claim control number
    }

    @Test
    void replacement_withoutPayerClaimControlNumber_is422_untilOneIsSent() {
        Claim c = claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.DENIED);
        post("/claims/" + c.id().value() + "/corrections", "{\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(422).body("errors[0].rule", equalTo("payer-claim-control-number-missing"))
                .body("errors[0].field", equalTo("payerClaimControlNumber"));
        assertEquals(ClaimStatus.DENIED, claims.find(new PracticeId(practice), c.id()).orElseThrow().status());
        post("/claims/" + c.id().value() + "/corrections",
                "{\"payerClaimControlNumber\":\"998877\",\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(201).body("payerClaimControlNumber", equalTo("998877"));
    }

    @Test
    void correction_ofAReadyClaim_is422_andOfAnotherPractice_is404() {
        Claim c = claimIn(null);
        post("/claims/" + c.id().value() + "/corrections", "{\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(422).body("errors[0].rule", equalTo("claim-not-correctable"));
        given().header("Authorization", Tokens.bearer("another-practice", "biller")).contentType("application/json")
                .body("{\"encounter\":" + NEW_PROCEDURES + "}").post("/claims/" + c.id().value() + "/corrections")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("another-practice", "biller")).contentType("application/json")
                .body("{\"reason\":\"x\"}").post("/claims/" + c.id().value() + "/void").then().statusCode(404);
    }

    @Test
    void correction_withBadFields_reportsThemAll_andChangesNothing() {
        Claim c = claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.REJECTED);
        post("/claims/" + c.id().value() + "/corrections",
                "{\"encounter\":{\"billingProvider\":{\"npi\":\"1234567890\",\"taxId\":\"12\",\"organizationName\":\"X\","
                        + "\"address\":{\"line1\":\"1 Main St\",\"city\":\"Austin\",\"state\":\"TX\",\"postalCode\":\"78701\"}},"
                        + "\"procedures\":[{\"code\":\"99213\",\"charge\":\"-5\",\"diagnosisPointers\":[7]}]}}")
                .statusCode(422)
                .body("errors.field", hasItem("encounter.billingProvider.npi"))
                .body("errors.field", hasItem("encounter.billingProvider.taxId"))
                .body("errors.field", hasItem("encounter.procedures[0].charge"));
        Claim after = claims.find(new PracticeId(practice), c.id()).orElseThrow();
        assertEquals(c.version(), after.version());
        assertEquals(ClaimStatus.REJECTED, after.status());
    }

    @Test
    void staleVersion_is409() {
        Claim c = claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.REJECTED);
        post("/claims/" + c.id().value() + "/corrections",
                "{\"expectedVersion\":" + (c.version() - 1) + ",\"encounter\":" + NEW_PROCEDURES + "}").statusCode(409);
        post("/claims/" + c.id().value() + "/void", "{\"expectedVersion\":1,\"reason\":\"duplicate\"}").statusCode(409);
    }

    @Test
    void void_ofAReadyClaim_needsNoTransmission() {
        Claim c = claimIn(null);
        post("/claims/" + c.id().value() + "/void", "{\"expectedVersion\":" + c.version() + ",\"reason\":\"entered twice\"}")
                .statusCode(200).body("status", equalTo("VOIDED")).body("frequency", equalTo("1"))
                // the void's bookkeeping is the function's own: not on the wire
                .body("voidPending", nullValue()).body("postings", nullValue()).body("details", nullValue())
                .body("history[-1].reason", equalTo("voided: entered twice"));
        // a retry answers the voided claim
        post("/claims/" + c.id().value() + "/void", "{\"reason\":\"entered twice\"}").statusCode(200)
                .body("status", equalTo("VOIDED"));
        assertTrue(claims.voidsPending(new PracticeId(practice), 10).isEmpty());
    }

    @Test
    void void_ofAPaidClaim_becomesAFrequency8ClaimWaitingForTheNextSubmission() {
        Claim c = claimIn("PCN-77", ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.PAID);
        post("/claims/" + c.id().value() + "/void", "{\"reason\":\"wrong patient\"}")
                .statusCode(200).body("status", equalTo("VOIDED")).body("frequency", equalTo("8"))
                .body("voidPending", nullValue());
        var pending = claims.voidsPending(new PracticeId(practice), 10);
        assertEquals(1, pending.size());
        assertEquals(c.id(), pending.get(0).id());
    }

    @Test
    void void_ofAClosedClaim_isNotAllowed_andReasonIsRequired() {
        Claim c = claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.PAID, ClaimStatus.CLOSED);
        post("/claims/" + c.id().value() + "/void", "{\"reason\":\"x\"}").statusCode(422)
                .body("errors[0].rule", equalTo("claim-transition-not-allowed"));
        post("/claims/" + c.id().value() + "/void", "{}").statusCode(422).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", Tokens.bearer(practice, "coder")).contentType("application/json")
                .body("{\"reason\":\"x\"}").post("/claims/" + c.id().value() + "/void").then().statusCode(403);
    }

    /** The claim adjudicated by the payer as an 835 would post it: {@code verdict} applied, its share invoiced. */
    private Claim adjudicated(Claim c, ClaimStatus outcome, String paid, List<Adjustment> adjustments, List<Remark> remarks,
                              String pccn) {
        Money share = adjustments.stream().filter(Adjustment::isPatientShare).map(Adjustment::amount)
                .reduce(Money.ZERO, Money::plus);
        InvoiceId invoice = share.isPositive() ? InvoiceId.newId() : null;
        Claim posted = claims.update(c.post(new Adjudication("835#" + UUID.randomUUID(), false, outcome, Money.of(paid),
                adjustments, Map.of(), remarks, pccn, invoice, "835 trace T from ACME HEALTH: " + outcome), "payer",
                Instant.now()));
        if (invoice != null) {
            invoices.create(Invoice.issue(invoice, posted.practiceId(), posted.id(), posted.encounterId(),
                    posted.patient(), List.of(new InvoiceLine(1, "99213", posted.serviceDate(), "copay", share)),
                    LocalDate.now(), 30, Instant.now())).orElseThrow();
        }
        return posted;
    }

    private static Adjustment adj(String group, String carc, String amount) {
        return new Adjustment(group, carc, "text", Money.of(amount), null, null, group);
    }

    private Claim paidWithCopay() {
        return adjudicated(claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED), ClaimStatus.PAID, "120.00",
                List.of(adj("PR", "3", "20.00"), adj("CO", "45", "30.50")), List.of(), "PCN-1");
    }

    private Claim stored(ClaimId id) {
        return claims.find(new PracticeId(practice), id).orElseThrow();
    }

    @Test
    void correction_ofAnUnprocessableDenial_goesOutAsANewOriginalClaim_linkedToTheDenied() {
        Claim denied = adjudicated(claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED), ClaimStatus.DENIED,
                "0.00", List.of(adj("CO", "16", "170.50")), List.of(new Remark("MA130", "unprocessable")), "PCN-16");
        String id = post("/claims/" + denied.id().value() + "/corrections", "{\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(201)
                .body("frequency", equalTo("1"))
                .body("payerClaimControlNumber", org.hamcrest.Matchers.nullValue())
                .body("originalClaimId", equalTo(denied.id().value()))
                .body("status", equalTo("READY"))
                .body("history[0].reason", containsString("submit a new claim"))
                .extract().path("id");
        Claim original = stored(denied.id());
        assertEquals(ClaimStatus.REPLACED, original.status());
        assertEquals(id, original.replacedByClaimId().value());
        // an ordinary denial still gets a replacement
        Claim other = adjudicated(claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED), ClaimStatus.DENIED,
                "0.00", List.of(adj("CO", "29", "170.50")), List.of(), "PCN-29");
        post("/claims/" + other.id().value() + "/corrections", "{\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(201).body("frequency", equalTo("7")).body("payerClaimControlNumber", equalTo("PCN-29"));
    }

    @Test
    void voidedClaim_isBilledAnewByPostClaims_once_withTheLinkKept_andTheEncounterRecodable() {
        Claim c = claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED);
        post("/claims/" + c.id().value() + "/void", "{\"reason\":\"billed to the wrong payer\"}").statusCode(200);
        assertEquals(EncounterStatus.CODED, encounters.find(new PracticeId(practice), c.encounterId()).orElseThrow()
                .status(), "recoding is open again");

        String body = "{\"encounterId\":\"" + c.encounterId().value() + "\"}";
        String newId = post("/claims", body).statusCode(201)
                .body("status", equalTo("READY"))
                .body("frequency", equalTo("1"))
                .body("originalClaimId", equalTo(c.id().value()))
                .body("history[0].reason", containsString(c.claimNumber().value()))
                .extract().path("id");
        post("/claims", body).statusCode(200).body("id", equalTo(newId));
        post("/claims/" + c.id().value() + "/corrections", "{\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(200).body("id", equalTo(newId));
        Claim voided = stored(c.id());
        assertEquals(ClaimStatus.VOIDED, voided.status());
        assertEquals(newId, voided.replacedByClaimId().value());
        assertEquals(EncounterStatus.BILLED, encounters.find(new PracticeId(practice), c.encounterId()).orElseThrow().status());
        assertEquals(2, claims.byEncounter(new PracticeId(practice), c.encounterId()).size());
    }

    @Test
    void voidedClaim_corrected_isBilledAnewWithTheCorrection() {
        Claim c = claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED);
        post("/claims/" + c.id().value() + "/void", "{\"reason\":\"wrong code\"}").statusCode(200);
        post("/claims/" + c.id().value() + "/corrections", "{\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(201)
                .body("frequency", equalTo("1"))
                .body("originalClaimId", equalTo(c.id().value()))
                .body("totalCharge", equalTo("180.00"))
                .body("lines[0].code", equalTo("99214"));
        assertEquals("99214", encounters.find(new PracticeId(practice), c.encounterId()).orElseThrow()
                .procedures().get(0).code());
    }

    @Test
    void void_ofAPaidClaim_voidsItsUnpaidInvoice_andKeepsAPaidOnesPaymentsAsCredit() {
        Claim unpaid = paidWithCopay();
        post("/claims/" + unpaid.id().value() + "/void", "{\"reason\":\"wrong patient\"}").statusCode(200);
        Invoice v = invoices.find(new PracticeId(practice), unpaid.invoiceIds().get(0)).orElseThrow();
        assertEquals(InvoiceStatus.VOID, v.status());
        assertEquals(Money.ZERO, v.balance());

        Claim paid = paidWithCopay();
        Invoice share = invoices.find(new PracticeId(practice), paid.invoiceIds().get(0)).orElseThrow();
        invoices.update(share.pay(Money.of("15.00"), PaymentMethod.CARD, null, "front desk", Instant.now()));
        post("/claims/" + paid.id().value() + "/void", "{\"reason\":\"wrong patient\"}").statusCode(200)
                .body("history.reason", hasItem(containsString("payments of 15.00 are kept as a credit")));
        Invoice withCredit = invoices.find(new PracticeId(practice), share.id()).orElseThrow();
        assertEquals(InvoiceStatus.VOID, withCredit.status());
        assertEquals(Money.of("15.00"), withCredit.credit());
        assertEquals(Money.ZERO, withCredit.balance());
        assertTrue(withCredit.voidReason().startsWith("claim " + paid.claimNumber().value() + " was voided"),
                withCredit.voidReason());
    }

    @Test
    void replacement_withdrawsTheOriginalsInvoice() {
        Claim c = paidWithCopay();
        post("/claims/" + c.id().value() + "/corrections", "{\"encounter\":" + NEW_PROCEDURES + "}").statusCode(201);
        Invoice v = invoices.find(new PracticeId(practice), c.invoiceIds().get(0)).orElseThrow();
        assertEquals(InvoiceStatus.VOID, v.status(), "the replacement bills the service now");
        assertTrue(v.voidReason().contains("was replaced"), v.voidReason());
    }

    @Test
    void correction_withoutChanges_saysSoInTheHistory() {
        Claim c = claimIn(null, ClaimStatus.SUBMITTED, ClaimStatus.REJECTED);
        post("/claims/" + c.id().value() + "/corrections", "{\"encounter\":{}}").statusCode(200)
                .body("status", equalTo("READY"))
                .body("history[-1].reason", equalTo("corrected without changes (sent again as it was)"));
    }

    @Test
    void voidOrCorrect_primaryWhoseSecondaryClaimStands_is422_untilTheSecondaryIsVoided() {
        Claim primary = claimIn("PCN-CHAIN-1", ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.PAID);
        Claim secondary = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        primary = claims.update(primary.withLinks(primary.links().withChain(primary.chain().withNext(secondary.id()))));
        Claim before = primary;

        given().header("Authorization", biller()).contentType("application/json").body("{\"reason\":\"wrong patient\"}")
                .post("/claims/" + primary.id().value() + "/void").then().statusCode(422)
                .body("errors[0].rule", equalTo("chain-correct-next-claim-first"))
                .body("errors[0].field", equalTo("claimId"))
                .body("errors[0].message", containsString(secondary.claimNumber().value()));
        post("/claims/" + primary.id().value() + "/corrections", "{\"encounter\":" + NEW_PROCEDURES + "}")
                .statusCode(422).body("errors[0].rule", equalTo("chain-correct-next-claim-first"));
        assertEquals(before, claims.find(new PracticeId(practice), primary.id()).orElseThrow(), "nothing changed");

        given().header("Authorization", biller()).contentType("application/json").body("{\"reason\":\"wrong patient\"}")
                .post("/claims/" + secondary.id().value() + "/void").then().statusCode(200);
        given().header("Authorization", biller()).contentType("application/json").body("{\"reason\":\"wrong patient\"}")
                .post("/claims/" + primary.id().value() + "/void").then().statusCode(200).body("status", equalTo("VOIDED"));
    }
}
