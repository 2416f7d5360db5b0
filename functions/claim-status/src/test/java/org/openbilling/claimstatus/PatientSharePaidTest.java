package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/**
 * A claim whose payer paid (insurance balance zero) closes when the patient's share of it is paid; not before,
 * and not while the payer still owes something.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class PatientSharePaidTest {
    @Inject
    ClaimRepository claims;
    @Inject
    InvoiceRepository invoices;
    @Inject
    AuditLog audit;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    /**
     * What a remittance posting leaves: the claim adjudicated (170.50 = paid + contractual + patient share, or less
     * paid when the payer still owes some) and one patient-share invoice per amount, linked both ways.
     */
    Claim anAdjudicatedClaim(ClaimStatus status, String paid, String contractual, String... shares) {
        Claim ready = Claims.aReadyClaim(practice);
        List<InvoiceId> ids = new java.util.ArrayList<>();
        Money patient = Money.ZERO;
        for (String share : shares) {
            InvoiceId id = InvoiceId.newId();
            ids.add(id);
            patient = patient.plus(Money.of(share));
            invoices.create(Invoice.issue(id, ready.practiceId(), ready.id(), ready.encounterId(), ready.patient(),
                    List.of(new InvoiceLine(1, "99213", ready.serviceDate(), "patient share", Money.of(share))),
                    LocalDate.now(), 30, Instant.now())).orElseThrow();
        }
        Claim adjudicated = ready.withLifecycle(ready.lifecycle().withStatus(status)).withLedger(ready.ledger()
                .withAmounts(Money.of(paid), Money.of(contractual), patient).withInvoiceIds(ids));
        return claims.create(adjudicated).orElseThrow();
    }

    void pay(InvoiceId invoice, String amount) {
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"amount\":\"" + amount + "\",\"method\":\"CARD\"}")
                .post("/invoices/{id}/payments", invoice.value()).then().statusCode(200);
    }

    Claim reread(Claim c) {
        return claims.find(new PracticeId(practice), c.id()).orElseThrow();
    }

    @Test
    void pay_lastOfThePatientShare_closesThePaidClaim() {
        Claim c = anAdjudicatedClaim(ClaimStatus.PAID, "100.00", "40.50", "30.00");
        InvoiceId invoice = c.invoiceIds().get(0);
        pay(invoice, "10.00");
        assertEquals(ClaimStatus.PAID, reread(c).status(), "a share still owed keeps the claim open");
        pay(invoice, "20.00");
        Claim closed = reread(c);
        assertEquals(ClaimStatus.CLOSED, closed.status());
        HistoryEntry last = closed.history().get(closed.history().size() - 1);
        assertEquals(ClaimStatus.PAID, last.from());
        assertEquals("patient share paid", last.reason());
        assertEquals("tester-biller", last.actor());
        assertEquals(c.version() + 1, closed.version());
        assertEquals("CLAIM_STATUS_CLOSED", audit.trail(new PracticeId(practice), c.id().value(), 10).stream()
                .filter(a -> a.version() == closed.version()).findFirst().orElseThrow().action());
    }

    @Test
    void writeOff_ofTheRestOfTheShare_closesAPartiallyPaidClaim() {
        Claim c = anAdjudicatedClaim(ClaimStatus.PARTIALLY_PAID, "60.00", "80.50", "30.00");
        InvoiceId invoice = c.invoiceIds().get(0);
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body("{\"amount\":\"30\",\"kind\":\"WRITE_OFF\",\"reason\":\"hardship\",\"expectedVersion\":1}")
                .post("/invoices/{id}/adjustments", invoice.value()).then().statusCode(200);
        Claim closed = reread(c);
        assertEquals(ClaimStatus.CLOSED, closed.status());
        assertEquals("patient share settled: written off 30.00", closed.history().get(closed.history().size() - 1).reason(),
                "a write-off is not a payment");
    }

    @Test
    void pay_whileThePayerStillOwes_leavesTheClaim() {
        Claim c = anAdjudicatedClaim(ClaimStatus.PARTIALLY_PAID, "50.00", "40.50", "30.00");
        assertEquals(Money.of("50.00"), c.insuranceBalance());
        pay(c.invoiceIds().get(0), "30.00");
        assertEquals(ClaimStatus.PARTIALLY_PAID, reread(c).status());
    }

    @Test
    void pay_oneOfTwoInvoices_leavesTheClaimUntilBothAreSettled() {
        Claim c = anAdjudicatedClaim(ClaimStatus.PAID, "100.00", "40.50", "20.00", "10.00");
        pay(c.invoiceIds().get(0), "20.00");
        assertEquals(ClaimStatus.PAID, reread(c).status());
        pay(c.invoiceIds().get(1), "10.00");
        assertEquals(ClaimStatus.CLOSED, reread(c).status());
    }
}
