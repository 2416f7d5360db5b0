package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.audit.AuditEntry;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/** Invoices over HTTP against the local DynamoDB: issuing, paying, adjusting, voiding, and every rule on the way. */
@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class InvoicesTest {
    @Inject
    EncounterRepository encounters;
    @Inject
    InvoiceRepository invoices;
    @Inject
    PracticeRepository practices;
    @Inject
    AuditLog audit;
    @Inject
    Tables tables;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    RequestSpecification as(String role) {
        return asIn(practice, role);
    }

    static RequestSpecification asIn(String practice, String role) {
        return given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/json");
    }

    Encounter stored(Encounter e) {
        return encounters.create(e);
    }

    /** A self-pay encounter stored and invoiced over HTTP; the invoice's id. */
    String anInvoice(Encounter e) {
        return as("biller").post("/encounters/{id}/invoice", stored(e).id().value())
                .then().statusCode(201).extract().path("id");
    }

    String anInvoice() {
        return anInvoice(SelfPayEncounters.aSelfPayVisit(practice));
    }

    ValidatableResponse pay(String invoiceId, String body) {
        return as("biller").body(body).post("/invoices/{id}/payments", invoiceId).then();
    }

    ValidatableResponse adjust(String invoiceId, String body) {
        return as("biller").body(body).post("/invoices/{id}/adjustments", invoiceId).then();
    }

    Invoice storedInvoice(String id) {
        return invoices.find(new PracticeId(practice), new InvoiceId(id)).orElseThrow();
    }

    @Test
    void issue_codedSelfPayEncounter_is201ForItsFullCharge_andBillsTheEncounter() {
        Encounter e = stored(SelfPayEncounters.aSelfPayVisit(practice));
        LocalDate today = LocalDate.now(PracticeSettings.DEFAULT_ZONE);
        String id = as("biller").post("/encounters/{id}/invoice", e.id().value())
                .then().statusCode(201)
                .header("Location", endsWith("/invoices/i-" + e.id().value()))
                .body("id", equalTo("i-" + e.id().value()))
                .body("invoiceNumber", org.hamcrest.Matchers.startsWith("INV-"))
                .body("encounterId", equalTo(e.id().value()))
                .body("claimId", nullValue())
                .body("status", equalTo("OPEN"))
                .body("amountDue", equalTo("170.50"))
                .body("amountPaid", equalTo("0.00"))
                .body("adjustmentsTotal", equalTo("0.00"))
                .body("balance", equalTo("170.50"))
                .body("lines", hasSize(2))
                .body("lines[0].code", equalTo("99213"))
                .body("lines[0].serviceDate", equalTo("2026-11-10"))
                .body("lines[0].amount", equalTo("125.00"))
                .body("lines[1].amount", equalTo("45.50"))
                .body("payments", hasSize(0))
                .body("version", equalTo(1))
                .extract().path("id");
        Invoice v = storedInvoice(id);
        assertTrue(v.issuedOn().equals(today) || v.issuedOn().equals(LocalDate.now(PracticeSettings.DEFAULT_ZONE)));
        assertEquals(v.issuedOn().plusDays(30), v.dueOn());
        assertEquals(EncounterStatus.BILLED, encounters.find(new PracticeId(practice), e.id()).orElseThrow().status());
    }

    @Test
    void issue_takesTodayInThePracticeZoneAndItsStatementTerms() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        PracticeSettings d = PracticeSettings.defaults(new PracticeId(practice));
        practices.save(new PracticeSettings(d.practiceId(), null, null, null, null, null, "P", kiritimati, 45, 0));
        String id = anInvoice();
        Invoice v = storedInvoice(id);
        assertEquals(LocalDate.now(kiritimati), v.issuedOn(), "UTC+14: today there, not here");
        assertEquals(v.issuedOn().plusDays(45), v.dueOn());
    }

    @Test
    void issue_again_is200WithTheSameInvoice_andMakesNoOther() {
        Encounter e = stored(SelfPayEncounters.aSelfPayVisit(practice));
        String number = as("biller").post("/encounters/{id}/invoice", e.id().value())
                .then().statusCode(201).extract().path("invoiceNumber");
        as("admin").post("/encounters/{id}/invoice", e.id().value())
                .then().statusCode(200)
                .body("id", equalTo("i-" + e.id().value()))
                .body("invoiceNumber", equalTo(number));
        assertEquals(1, invoices.byEncounter(new PracticeId(practice), e.id()).size());
    }

    @Test
    void issue_sameIdempotencyKey_repliesTheFirstAnswer() {
        Encounter e = stored(SelfPayEncounters.aSelfPayVisit(practice));
        String first = as("biller").header("Idempotency-Key", "issue-1").post("/encounters/{id}/invoice", e.id().value())
                .then().statusCode(201).extract().asString();
        as("biller").header("Idempotency-Key", "issue-1").post("/encounters/{id}/invoice", e.id().value())
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo("i-" + e.id().value()));
        assertTrue(first.contains("\"balance\":\"170.50\""));
    }

    @Test
    void issue_encounterWithCoverage_is422_andChangesNothing() {
        Encounter e = stored(SelfPayEncounters.aCoveredVisit(practice));
        as("biller").post("/encounters/{id}/invoice", e.id().value())
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].rule", equalTo("encounter-has-coverage"))
                .body("errors[0].field", equalTo("encounterId"));
        assertEquals(EncounterStatus.CODED, encounters.find(new PracticeId(practice), e.id()).orElseThrow().status());
        assertTrue(invoices.byEncounter(new PracticeId(practice), e.id()).isEmpty());
    }

    @Test
    void issue_encounterNotCoded_is422() {
        Encounter e = stored(SelfPayEncounters.anUncodedSelfPayVisit(practice));
        as("biller").post("/encounters/{id}/invoice", e.id().value())
                .then().statusCode(422).body("errors[0].rule", equalTo("encounter-not-coded"));
        assertEquals(EncounterStatus.OPEN, encounters.find(new PracticeId(practice), e.id()).orElseThrow().status());
    }

    @Test
    void issue_encounterBilledWithoutThisInvoice_is422() {
        Encounter e = SelfPayEncounters.aSelfPayVisit(practice);
        Encounter billed = stored(e.withStatus(EncounterStatus.BILLED, e.createdAt()));
        as("biller").post("/encounters/{id}/invoice", billed.id().value())
                .then().statusCode(422).body("errors[0].rule", equalTo("encounter-already-billed"));
        assertTrue(invoices.byEncounter(new PracticeId(practice), e.id()).isEmpty());
    }

    @Test
    void issue_encounterOfAnotherPractice_orUnknown_is404() {
        Encounter theirs = stored(SelfPayEncounters.aSelfPayVisit("other-" + practice));
        as("biller").post("/encounters/{id}/invoice", theirs.id().value())
                .then().statusCode(404).body("errors[0].rule", equalTo("not-found"));
        as("biller").post("/encounters/{id}/invoice", "no-such-encounter").then().statusCode(404);
        as("biller").post("/encounters/{id}/invoice", "x".repeat(200)).then().statusCode(404);
        assertEquals(EncounterStatus.CODED,
                encounters.find(new PracticeId("other-" + practice), theirs.id()).orElseThrow().status());
    }

    @Test
    void payments_moveOpenToPartiallyPaidToPaid_amountAsStringOrNumber() {
        String id = anInvoice();
        pay(id, "{\"amount\":\"100\",\"method\":\"CARD\",\"reference\":\"visa-4242\"}")
                .statusCode(200)
                .body("status", equalTo("PARTIALLY_PAID"))
                .body("amountPaid", equalTo("100.00"))
                .body("balance", equalTo("70.50"))
                .body("payments", hasSize(1))
                .body("payments[0].amount", equalTo("100.00"))
                .body("payments[0].method", equalTo("CARD"))
                .body("payments[0].reference", equalTo("visa-4242"))
                .body("version", equalTo(2));
        pay(id, "{\"amount\":70.50,\"method\":\"cash\"}")
                .statusCode(200)
                .body("status", equalTo("PAID"))
                .body("balance", equalTo("0.00"))
                .body("amountPaid", equalTo("170.50"))
                .body("payments", hasSize(2))
                .body("payments[1].method", equalTo("CASH"));
        pay(id, "{\"amount\":\"0.01\",\"method\":\"CASH\"}")
                .statusCode(422).body("errors[0].rule", equalTo("invoice-overpayment"));
        assertEquals(3, storedInvoice(id).version());
    }

    @Test
    void payment_overTheBalance_is422_andStoresNothing() {
        String id = anInvoice();
        pay(id, "{\"amount\":\"170.51\",\"method\":\"CHECK\",\"reference\":\"1001\"}")
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].rule", equalTo("invoice-overpayment"))
                .body("errors[0].field", equalTo("amount"));
        Invoice v = storedInvoice(id);
        assertEquals(1, v.version());
        assertTrue(v.payments().isEmpty());
    }

    @Test
    void payment_badInput_namesEveryRuleAndField() {
        String id = anInvoice();
        pay(id, "{}").statusCode(422)
                .body("errors.rule", equalTo(List.of("required", "required")))
                .body("errors.field", equalTo(List.of("amount", "method")));
        pay(id, "{\"amount\":\"-5\",\"method\":\"BITCOIN\",\"reference\":\"" + "r".repeat(101) + "\"}").statusCode(422)
                .body("errors.rule", equalTo(List.of("amount-not-positive", "enum-value", "text-too-long")))
                .body("errors.field", equalTo(List.of("amount", "method", "reference")));
        pay(id, "{\"amount\":0,\"method\":\"ACH\"}").statusCode(422).body("errors[0].rule", equalTo("amount-not-positive"));
        pay(id, "{\"amount\":10.005,\"method\":\"ACH\"}").statusCode(422).body("errors[0].rule", equalTo("money-format"));
        pay(id, "{\"amount\":\"1000000000\",\"method\":\"ACH\"}").statusCode(422)
                .body("errors[0].rule", equalTo("money-out-of-range"));
        pay(id, "{\"amount\":\"10\",\"method\":\"ACH\",\"reference\":\"a\\u0007b\"}").statusCode(422)
                .body("errors[0].rule", equalTo("text-characters")).body("errors[0].field", equalTo("reference"));
        pay(id, "{\"amount\":{\"value\":10},\"method\":\"ACH\"}").statusCode(400)
                .body("errors[0].rule", equalTo("malformed-json")).body("errors[0].field", equalTo("amount"));
        assertEquals(1, storedInvoice(id).version());
    }

    @Test
    void writeOff_settlesTheBalance() {
        String id = anInvoice();
        pay(id, "{\"amount\":\"70.50\",\"method\":\"CARD\"}").statusCode(200);
        adjust(id, "{\"amount\":\"100\",\"kind\":\"WRITE_OFF\",\"reason\":\"hardship\",\"expectedVersion\":2}")
                .statusCode(200)
                .body("status", equalTo("PAID"))
                .body("adjustmentsTotal", equalTo("100.00"))
                .body("balance", equalTo("0.00"))
                .body("adjustments", hasSize(1))
                .body("adjustments[0].kind", equalTo("WRITE_OFF"))
                .body("adjustments[0].reason", equalTo("hardship"))
                .body("adjustments[0].amount", equalTo("100.00"))
                .body("version", equalTo(3));
        adjust(id, "{\"amount\":\"0.01\",\"kind\":\"WRITE_OFF\",\"reason\":\"x\",\"expectedVersion\":3}")
                .statusCode(422).body("errors[0].rule", equalTo("invoice-write-off-exceeds-balance"));
    }

    @Test
    void paymentReversal_returnedCheck_reopensTheBalance() {
        String id = anInvoice();
        pay(id, "{\"amount\":\"170.50\",\"method\":\"CHECK\",\"reference\":\"1001\"}").statusCode(200)
                .body("status", equalTo("PAID"));
        adjust(id, "{\"amount\":\"170.51\",\"kind\":\"PAYMENT_REVERSAL\",\"reason\":\"returned check\",\"expectedVersion\":2}")
                .statusCode(422).body("errors[0].rule", equalTo("invoice-reversal-exceeds-payments"));
        adjust(id, "{\"amount\":170.50,\"kind\":\"PAYMENT_REVERSAL\",\"reason\":\"returned check\",\"expectedVersion\":2}")
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("amountPaid", equalTo("0.00"))
                .body("balance", equalTo("170.50"))
                .body("payments", hasSize(1))
                .body("adjustments[0].kind", equalTo("PAYMENT_REVERSAL"));
        pay(id, "{\"amount\":\"170.50\",\"method\":\"CARD\"}").statusCode(200).body("status", equalTo("PAID"));
    }

    @Test
    void adjustment_badInput_namesEveryRuleAndField() {
        String id = anInvoice();
        adjust(id, "{}").statusCode(422)
                .body("errors.field", equalTo(List.of("amount", "kind", "reason", "expectedVersion")))
                .body("errors.rule", equalTo(List.of("required", "required", "required", "required")));
        adjust(id, "{\"amount\":\"1e3\",\"kind\":\"REFUND\",\"reason\":\"" + "r".repeat(501) + "\",\"expectedVersion\":1}")
                .statusCode(422)
                .body("errors.rule", equalTo(List.of("money-format", "enum-value", "text-too-long")))
                .body("errors.field", equalTo(List.of("amount", "kind", "reason")));
        adjust(id, "{\"amount\":\"10\",\"kind\":\"WRITE_OFF\",\"reason\":\"x\",\"expectedVersion\":\"one\"}")
                .statusCode(400).body("errors[0].rule", equalTo("malformed-json"))
                .body("errors[0].field", equalTo("expectedVersion"));
        adjust(id, "{\"amount\":\"10\",\"kind\":\"WRITE_OFF\",\"reason\":\"x\",\"expectedVersion\":1.5}")
                .statusCode(400).body("errors[0].rule", equalTo("malformed-json"))
                .body("errors[0].field", equalTo("expectedVersion"));
        assertEquals(1, storedInvoice(id).version());
    }

    @Test
    void adjustmentAndVoid_withStaleVersion_are409_andChangeNothing() {
        String id = anInvoice();
        pay(id, "{\"amount\":\"10\",\"method\":\"CASH\"}").statusCode(200);
        adjust(id, "{\"amount\":\"10\",\"kind\":\"WRITE_OFF\",\"reason\":\"courtesy\",\"expectedVersion\":1}")
                .statusCode(409).body("errors[0].rule", equalTo("version-conflict"))
                .body("errors[0].field", equalTo("expectedVersion"));
        as("biller").body("{\"reason\":\"entered twice\",\"expectedVersion\":1}").post("/invoices/{id}/void", id)
                .then().statusCode(409).body("errors[0].rule", equalTo("version-conflict"));
        Invoice v = storedInvoice(id);
        assertEquals(2, v.version());
        assertTrue(v.adjustments().isEmpty());
    }

    @Test
    void void_withoutPayments_isFinal() {
        String id = anInvoice();
        as("biller").body("{\"reason\":\"entered twice\",\"expectedVersion\":1}").post("/invoices/{id}/void", id)
                .then().statusCode(200)
                .body("status", equalTo("VOID"))
                .body("voidReason", equalTo("entered twice"))
                .body("balance", equalTo("0.00"))
                .body("credit", equalTo("0.00"))
                .body("version", equalTo(2));
        as("biller").get("/invoices/{id}", id).then().statusCode(200).body("balance", equalTo("0.00"));
        pay(id, "{\"amount\":\"10\",\"method\":\"CASH\"}").statusCode(422).body("errors[0].rule", equalTo("invoice-void"));
        adjust(id, "{\"amount\":\"10\",\"kind\":\"WRITE_OFF\",\"reason\":\"x\",\"expectedVersion\":2}")
                .statusCode(422).body("errors[0].rule", equalTo("invoice-void"));
        as("biller").body("{\"reason\":\"again\",\"expectedVersion\":2}").post("/invoices/{id}/void", id)
                .then().statusCode(422).body("errors[0].rule", equalTo("invoice-void"));
        as("biller").body("{}").post("/invoices/{id}/void", id).then().statusCode(422)
                .body("errors.field", equalTo(List.of("reason", "expectedVersion")));
    }

    @Test
    void void_withPaymentsStanding_is422() {
        String id = anInvoice();
        pay(id, "{\"amount\":\"10\",\"method\":\"CASH\"}").statusCode(200);
        as("biller").body("{\"reason\":\"entered twice\",\"expectedVersion\":2}").post("/invoices/{id}/void", id)
                .then().statusCode(422).body("errors[0].rule", equalTo("invoice-has-payments"));
        assertEquals(2, storedInvoice(id).version());
    }

    @Test
    void payment_sameIdempotencyKey_isTakenOnce() {
        String id = anInvoice();
        String body = "{\"amount\":\"20\",\"method\":\"CARD\",\"reference\":\"visa-4242\"}";
        as("biller").header("Idempotency-Key", "pay-1").body(body).post("/invoices/{id}/payments", id)
                .then().statusCode(200).body("payments", hasSize(1));
        as("biller").header("Idempotency-Key", "pay-1").body(body).post("/invoices/{id}/payments", id)
                .then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("payments", hasSize(1)).body("balance", equalTo("150.50"));
        as("biller").header("Idempotency-Key", "pay-1").body("{\"amount\":\"25\",\"method\":\"CARD\"}")
                .post("/invoices/{id}/payments", id)
                .then().statusCode(422).body("errors[0].rule", equalTo("idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Invoice v = storedInvoice(id);
        assertEquals(1, v.payments().size());
        assertEquals(2, v.version());
    }

    @Test
    void payment_sameKeyOnTwoInvoices_paysEachUnderItsOwnRoute() {
        // @IdempotentEndpoint's route takes the {id} of the path: one key on two invoices is two requests
        String one = anInvoice();
        String two = anInvoice();
        String body = "{\"amount\":\"20\",\"method\":\"CARD\"}";
        as("biller").header("Idempotency-Key", "pay-both").body(body).post("/invoices/{id}/payments", one)
                .then().statusCode(200).header("Idempotent-Replayed", nullValue());
        as("biller").header("Idempotency-Key", "pay-both").body(body).post("/invoices/{id}/payments", two)
                .then().statusCode(200).header("Idempotent-Replayed", nullValue()).body("payments", hasSize(1));
        assertEquals(1, storedInvoice(one).payments().size());
        assertEquals(1, storedInvoice(two).payments().size());
        for (String id : List.of(one, two)) {
            assertNotNull(tables.idempotency().getItem(Key.builder().partitionValue(
                    Keys.of(new PracticeId(practice), "POST /invoices/" + id + "/payments", "pay-both")).build()));
        }
    }

    @Test
    void payment_retriedAfterItsKeyRecordIsGone_findsItsPayment() {
        // what a crash between storing the payment and recording the answer leaves behind
        String id = anInvoice();
        String body = "{\"amount\":\"20\",\"method\":\"ACH\"}";
        as("biller").header("Idempotency-Key", "pay-crash").body(body).post("/invoices/{id}/payments", id)
                .then().statusCode(200);
        tables.idempotency().deleteItem(Key.builder()
                .partitionValue(Keys.of(new PracticeId(practice), "POST /invoices/" + id + "/payments", "pay-crash")).build());
        as("biller").header("Idempotency-Key", "pay-crash").body(body).post("/invoices/{id}/payments", id)
                .then().statusCode(200).body("payments", hasSize(1)).body("balance", equalTo("150.50"));
        assertEquals(2, storedInvoice(id).version());
    }

    @Test
    void adjustment_sameIdempotencyKey_isAppliedOnce() {
        String id = anInvoice();
        String body = "{\"amount\":\"20\",\"kind\":\"WRITE_OFF\",\"reason\":\"courtesy\",\"expectedVersion\":1}";
        as("biller").header("Idempotency-Key", "adj-1").body(body).post("/invoices/{id}/adjustments", id)
                .then().statusCode(200).body("version", equalTo(2));
        as("biller").header("Idempotency-Key", "adj-1").body(body).post("/invoices/{id}/adjustments", id)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("version", equalTo(2));
        assertEquals(1, storedInvoice(id).adjustments().size());
    }

    @Test
    void invoiceOfAnotherPractice_isNotFound_forEveryOperation() {
        String id = anInvoice();
        String other = "other-" + practice;
        asIn(other, "biller").get("/invoices/{id}", id).then().statusCode(404).body("errors[0].rule", equalTo("not-found"));
        asIn(other, "biller").body("{\"amount\":\"10\",\"method\":\"CASH\"}").post("/invoices/{id}/payments", id)
                .then().statusCode(404);
        asIn(other, "biller").body("{\"amount\":\"10\",\"kind\":\"WRITE_OFF\",\"reason\":\"x\",\"expectedVersion\":1}")
                .post("/invoices/{id}/adjustments", id).then().statusCode(404);
        asIn(other, "admin").body("{\"reason\":\"x\",\"expectedVersion\":1}").post("/invoices/{id}/void", id)
                .then().statusCode(404);
        as("biller").get("/invoices/{id}", "no-such-invoice").then().statusCode(404);
        Invoice v = storedInvoice(id);
        assertEquals(1, v.version());
    }

    @Test
    void roles_billerAndAdminChange_analystReads_partnerAndCoderAreRefused() {
        String id = anInvoice();
        for (String role : List.of("biller", "analyst", "admin")) {
            as(role).get("/invoices/{id}", id).then().statusCode(200).body("id", equalTo(id));
        }
        for (String role : List.of("coder", "partner")) {
            as(role).get("/invoices/{id}", id).then().statusCode(403).body("errors[0].rule", equalTo("forbidden"));
        }
        for (String role : List.of("coder", "partner", "analyst")) {
            as(role).body("{\"amount\":\"1\",\"method\":\"CASH\"}").post("/invoices/{id}/payments", id)
                    .then().statusCode(403);
            as(role).body("{\"amount\":\"1\",\"kind\":\"WRITE_OFF\",\"reason\":\"x\",\"expectedVersion\":1}")
                    .post("/invoices/{id}/adjustments", id).then().statusCode(403);
            as(role).body("{\"reason\":\"x\",\"expectedVersion\":1}").post("/invoices/{id}/void", id)
                    .then().statusCode(403);
            Encounter e = stored(SelfPayEncounters.aSelfPayVisit(practice));
            as(role).post("/encounters/{id}/invoice", e.id().value()).then().statusCode(403);
        }
        given().get("/invoices/{id}", id).then().statusCode(401);
        assertEquals(1, storedInvoice(id).version());
        as("admin").body("{\"amount\":\"1\",\"method\":\"CASH\"}").post("/invoices/{id}/payments", id)
                .then().statusCode(200);
        as("admin").body("{\"amount\":\"1\",\"kind\":\"PAYMENT_REVERSAL\",\"reason\":\"x\",\"expectedVersion\":2}")
                .post("/invoices/{id}/adjustments", id).then().statusCode(200);
    }

    @Test
    void everyChangeAndReadById_isAudited() {
        Encounter e = stored(SelfPayEncounters.aSelfPayVisit(practice));
        String id = as("biller").post("/encounters/{id}/invoice", e.id().value()).then().statusCode(201).extract().path("id");
        as("analyst").get("/invoices/{id}", id).then().statusCode(200);
        pay(id, "{\"amount\":\"10\",\"method\":\"CASH\"}").statusCode(200);
        adjust(id, "{\"amount\":\"10\",\"kind\":\"WRITE_OFF\",\"reason\":\"courtesy\",\"expectedVersion\":2}").statusCode(200);
        as("biller").body("{\"reason\":\"x\",\"expectedVersion\":3}").post("/invoices/{id}/void", id).then().statusCode(422);
        as("analyst").get("/invoices/{id}", "i-missing").then().statusCode(404);

        PracticeId p = new PracticeId(practice);
        List<String> actions = audit.trail(p, id, 100).stream().map(a -> a.version() + " " + a.action()).toList();
        assertEquals(List.of("1 INVOICE_CREATED", "1 READ", "2 INVOICE_PAYMENT", "3 INVOICE_ADJUSTMENT"), actions);
        AuditEntry read = audit.trail(p, id, 100).get(1);
        assertEquals("tester-analyst", read.actor());
        assertEquals("NOT_FOUND", audit.trail(p, "i-missing", 10).get(0).outcome());
        assertTrue(audit.trail(p, e.id().value(), 10).stream().anyMatch(a -> a.action().equals("ENCOUNTER_BILLED")));
    }

    @Test
    void paymentAndAdjustment_withTheSystemsOwnKinds_areRefused() {
        String id = anInvoice();
        pay(id, "{\"amount\":\"10\",\"method\":\"CREDIT\"}").statusCode(422)
                .body("errors[0].rule", equalTo("enum-value")).body("errors[0].field", equalTo("method"));
        adjust(id, "{\"amount\":\"10\",\"kind\":\"CREDIT_CARRIED\",\"reason\":\"x\",\"expectedVersion\":1}")
                .statusCode(422).body("errors[0].rule", equalTo("enum-value")).body("errors[0].field", equalTo("kind"));
        assertEquals(1, storedInvoice(id).version());
    }
}
