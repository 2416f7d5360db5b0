package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.domain.invoice.PaymentMethod;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;

/**
 * A payer's reversal (CLP02 22, or entered by hand) posts on any claim the payer paid, whatever became of it here,
 * and backs out exactly what was booked; the patient's invoice of the reversed adjudication is voided, and what the
 * patient paid on it is kept as a credit and carried to the invoice that bills the share next.
 */
@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class ReversalsTest {
    static final String PAYER = "1123456789";
    @Inject
    ClaimRepository claims;
    @Inject
    InvoiceRepository invoices;

    private final String practice = Practices.fresh();

    private String trace() {
        return "EFT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Claim reload(Claim c) {
        return claims.find(c.practiceId(), c.id()).orElseThrow();
    }

    private Invoice invoice(Claim c, InvoiceId id) {
        return invoices.find(c.practiceId(), id).orElseThrow();
    }

    /** A claim the payer paid 120.00 with a 20.00 copay (an invoice to the patient), by an 835. */
    private Claim paidBy835() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        var r = Flows.postX12("/remittances", practice, "biller", X12Corpus.an835(trace(), PAYER, "120",
                X12Corpus.paidWithCopay(c.claimNumber().value(), "PCN1")));
        assertEquals(1, (int) r.path("claimsPaid"), r.body().asString());
        return reload(c);
    }

    private void payInvoice(Claim c, InvoiceId id, String amount) {
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .header("Idempotency-Key", "pay-" + UUID.randomUUID())
                .body("{\"amount\":\"" + amount + "\",\"method\":\"CARD\"}").post("/invoices/{id}/payments", id.value())
                .then().statusCode(200);
    }

    @Test
    void post835_reversalOfReplacedClaim_backsOutThePayment_andTheClaimStaysReplaced() {
        Claim paid = paidBy835();
        InvoiceId share = paid.invoiceIds().get(0);
        claims.update(paid.withLinks(paid.links().withReplacedBy(new ClaimId(paid.id().value() + "-r")))
                .moveTo(ClaimStatus.REPLACED, "biller", "replaced by a correction", Instant.now()));

        var r = Flows.postX12("/remittances", practice, "partner", X12Corpus.an835(trace(), PAYER, "-120",
                X12Corpus.reversalOfPaidWithCopay(paid.claimNumber().value(), "PCN1")));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(1, (int) r.path("claimsReversed"), r.body().asString());
        assertEquals(List.of(), r.path("notPosted"));
        Claim now = reload(paid);
        assertEquals(ClaimStatus.REPLACED, now.status());
        assertEquals(Money.ZERO, now.paidAmount());
        assertEquals(Money.ZERO, now.contractualAdjustment());
        assertEquals(Money.ZERO, now.patientResponsibility());
        assertEquals(Money.ZERO, now.adjustments().stream().map(a -> a.amount()).reduce(Money.ZERO, Money::plus));
        HistoryEntry last = now.history().get(now.history().size() - 1);
        assertEquals(ClaimStatus.REPLACED, last.to());
        assertTrue(last.reason().contains("reversal of PCN1"), last.reason());
        assertEquals(InvoiceStatus.VOID, invoice(now, share).status());
        assertEquals(Money.ZERO, invoice(now, share).balance());
        assertEquals(share.value(), r.path("invoicesVoided[0].invoiceId"));
        assertEquals("0.00", r.path("invoicesVoided[0].credit"));
    }

    @Test
    void post835_reversalOfVoidedClaim_backsOutThePayment_andTheClaimStaysVoided() {
        Claim paid = paidBy835();
        claims.update(paid.voided("biller", "voided: entered for the wrong patient", Instant.now()));
        var r = Flows.postX12("/remittances", practice, "partner", X12Corpus.an835(trace(), PAYER, "-120",
                X12Corpus.reversalOfPaidWithCopay(paid.claimNumber().value(), "PCN1")));
        assertEquals(1, (int) r.path("claimsReversed"), r.body().asString());
        Claim now = reload(paid);
        assertEquals(ClaimStatus.VOIDED, now.status());
        assertEquals("8", now.frequency().code(), "the void still goes to the payer");
        assertEquals(Money.ZERO, now.paidAmount());
        assertEquals(InvoiceStatus.VOID, invoice(now, paid.invoiceIds().get(0)).status());
    }

    @Test
    void post835_reversalAndNewPayment_afterThePatientPaid_carriesThePaymentToTheNewInvoice() {
        Claim paid = paidBy835();
        InvoiceId first = paid.invoiceIds().get(0);
        payInvoice(paid, first, "20.00");
        assertEquals(ClaimStatus.CLOSED, reload(paid).status(), "the patient's share is paid: the claim closes");

        // the payer takes its payment back and pays again, the same copay: the patient owes nothing more
        List<String> segments = new ArrayList<>(X12Corpus.reversalOfPaidWithCopay(paid.claimNumber().value(), "PCN1"));
        segments.addAll(X12Corpus.paidWithCopay(paid.claimNumber().value(), "PCN1B"));
        String x12 = X12Corpus.an835(trace(), PAYER, "0", segments);
        var r = Flows.postX12("/remittances", practice, "partner", x12);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(1, (int) r.path("claimsReversed"), r.body().asString());
        assertEquals(1, (int) r.path("claimsPaid"), r.body().asString());
        assertEquals(first.value(), r.path("invoicesVoided[0].invoiceId"));
        assertEquals("20.00", r.path("invoicesVoided[0].credit"));

        Claim now = reload(paid);
        assertEquals(Money.of("120.00"), now.paidAmount());
        assertEquals(Money.of("20.00"), now.patientResponsibility());
        Invoice old = invoice(now, first);
        assertEquals(InvoiceStatus.VOID, old.status());
        assertEquals(Money.ZERO, old.balance());
        assertEquals(Money.ZERO, old.credit(), "all of it was carried");
        InvoiceId second = now.invoiceIds().get(1);
        Invoice fresh = invoice(now, second);
        assertEquals(InvoiceStatus.PAID, fresh.status());
        assertEquals(PaymentMethod.CREDIT, fresh.payments().get(0).method());
        assertEquals(Money.of("20.00"), fresh.amountPaid());
        assertEquals(ClaimStatus.CLOSED, now.status(), "settled again by the credit");
        List<String> reasons = now.history().stream().map(HistoryEntry::reason).toList();
        assertTrue(reasons.stream().anyMatch(x -> x.contains("payments of 20.00 are kept as a credit")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(x -> x.contains("credit of 20.00 from invoice " + old.invoiceNumber())),
                reasons.toString());
        assertTrue(reasons.get(reasons.size() - 1).startsWith("patient share settled: paid 20.00 from the patient's credit"),
                reasons.toString());

        // the same file again changes nothing
        var again = Flows.postX12("/remittances", practice, "partner", x12);
        assertTrue((Boolean) again.path("alreadyPosted"), again.body().asString());
        assertEquals(now.version(), reload(paid).version());
    }

    @Test
    void backToAccepted_byHand_afterThePatientPaid_keepsTheCredit_andTheNextEobUsesIt() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        String eob = """
                {"status":"PAID","adjudication":{"paidAmount":"100.00","patientResponsibility":"%s",
                  "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"%s"},
                                 {"groupCode":"PR","reasonCode":"2","amount":"%s","lineNumber":1}]}}""";
        var paid = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body(eob.formatted("30.00", "40.50", "30.00")).post("/claims/{id}/status", c.id().value())
                .then().statusCode(200).extract();
        InvoiceId first = new InvoiceId(paid.path("invoiceIds[0]"));
        payInvoice(c, first, "10.00");

        var reversed = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"ACCEPTED\",\"reason\":\"posted to the wrong claim\"}")
                .post("/claims/{id}/status", c.id().value()).then().statusCode(200).extract();
        assertEquals("ACCEPTED", reversed.path("status"));
        Invoice old = invoice(c, first);
        assertEquals(InvoiceStatus.VOID, old.status());
        assertEquals(Money.of("10.00"), old.credit());
        assertEquals(Money.ZERO, old.balance());
        List<String> reasons = reversed.path("history.reason");
        assertTrue(reasons.stream().anyMatch(x -> x.contains("payments of 10.00 are kept as a credit")), reasons.toString());

        var again = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body(eob.formatted("25.00", "45.50", "25.00")).post("/claims/{id}/status", c.id().value())
                .then().statusCode(200).extract();
        InvoiceId second = new InvoiceId(again.path("invoiceIds[1]"));
        Invoice fresh = invoice(c, second);
        assertEquals(Money.of("25.00"), fresh.amountDue());
        assertEquals(Money.of("10.00"), fresh.amountPaid(), "the credit was carried");
        assertEquals(Money.of("15.00"), fresh.balance());
        assertEquals(Money.ZERO, invoice(c, first).credit());
        assertFalse(fresh.isOutstanding() && old.isOutstanding(), "the patient is billed once");
    }
}
