package org.openbilling.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.EncounterDetails;

class ClaimPostingTest {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static Claim claim(ClaimStatus status) {
        LocalDate d = LocalDate.of(2026, 11, 10);
        EncounterDetails details = new EncounterDetails(null, List.of(), null, null, null, null, null, null, null,
                null, null, d, null, "11");
        Claim c = Claim.ready(ClaimId.newId(), new PracticeId("p1"), new ClaimNumber("C1"), EncounterId.newId(),
                BilledClaim.of(new Payer("60054", "Aetna"), details, List.of("E11.9"),
                List.of(new ClaimLine(1, "99213", "CPT", List.of(), 1, Money.of("125.00"), List.of(1), d, null, null, null),
                        new ClaimLine(2, "83036", "CPT", List.of(), 1, Money.of("45.50"), List.of(1), d, null, null, null)),
                List.of()), "t", NOW);
        return c.withLifecycle(c.lifecycle().withStatus(status));
    }

    static Adjudication paid(String key) {
        return new Adjudication(key, false, ClaimStatus.PAID, Money.of("120.00"), List.of(
                new Adjustment("PR", "3", "Co-payment Amount", Money.of("20.00"), 1, null, "Patient Responsibility"),
                new Adjustment("CO", "45", "fee", Money.of("30.50"), null, null, "Contractual Obligations")),
                Map.of(1, Money.of("85.00"), 2, Money.of("35.00")), List.of(new Remark("N130", "text")), "PCN1",
                new InvoiceId("i-1"), "835 t1: PAID");
    }

    static Adjudication reversal(String key) {
        return new Adjudication(key, true, null, Money.of("-120.00"), List.of(), Map.of(), List.of(), "PCN1", null,
                "835 t2: reversal");
    }

    @Test
    void post_payment_setsAmountsLinesAndInvoice_andTheSameKeyAgainChangesNothing() {
        Claim c = claim(ClaimStatus.ACCEPTED).post(paid("k1"), "a", NOW);
        assertEquals(ClaimStatus.PAID, c.status());
        assertEquals(Money.of("120.00"), c.paidAmount());
        assertEquals(Money.of("30.50"), c.contractualAdjustment());
        assertEquals(Money.of("20.00"), c.patientResponsibility());
        assertEquals(Money.ZERO, c.insuranceBalance());
        assertEquals(Money.of("85.00"), c.lines().get(0).paidAmount());
        assertEquals(List.of(new InvoiceId("i-1")), c.invoiceIds());
        assertEquals("PCN1", c.payerClaimControlNumber().value());
        assertSame(c, c.post(paid("k1"), "a", NOW));
    }

    @Test
    void post_onSubmittedClaim_recordsTheImpliedAcceptanceFirst() {
        Claim c = claim(ClaimStatus.SUBMITTED).post(paid("k1"), "a", NOW);
        List<HistoryEntry> h = c.history();
        assertEquals(ClaimStatus.ACCEPTED, h.get(h.size() - 2).to());
        assertEquals(ClaimStatus.PAID, h.get(h.size() - 1).to());
    }

    @Test
    void post_reversal_backsOutExactlyWhatWasBooked() {
        Claim c = claim(ClaimStatus.ACCEPTED).post(paid("k1"), "a", NOW).post(reversal("k2"), "a", NOW);
        assertEquals(ClaimStatus.ACCEPTED, c.status());
        assertEquals(Money.ZERO, c.paidAmount());
        assertEquals(Money.ZERO, c.contractualAdjustment());
        assertEquals(Money.ZERO, c.patientResponsibility());
        assertEquals(Money.of("170.50"), c.insuranceBalance());
        assertNull(c.lines().get(0).paidAmount());
        assertEquals("k2", c.posting("k1").orElseThrow().reversedBy());
        Money net = c.adjustments().stream().map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
        assertEquals(Money.ZERO, net, "the adjustments ledger nets to zero");
    }

    @Test
    void post_reversalWithNothingPosted_booksNothing() {
        Claim c = claim(ClaimStatus.ACCEPTED).post(reversal("k2"), "a", NOW);
        assertEquals(Money.ZERO, c.paidAmount());
        assertTrue(c.hasPosting("k2"));
    }

    @Test
    void post_secondPaymentWithoutReversal_andVoidedClaim_areRefused() {
        Claim c = claim(ClaimStatus.ACCEPTED).post(paid("k1"), "a", NOW);
        assertThrows(ClaimTransitionNotAllowedException.class, () -> c.post(paid("k3"), "a", NOW));
        assertThrows(ClaimTransitionNotAllowedException.class, () -> claim(ClaimStatus.VOIDED).post(paid("k1"), "a", NOW));
    }

    /** A claim paid by the payer and then moved on here (replaced, voided, closed) before the payer reverses it. */
    static Claim paidThen(ClaimStatus now) {
        Claim paid = claim(ClaimStatus.ACCEPTED).post(paid("k1"), "a", NOW);
        return paid.withLifecycle(paid.lifecycle().withStatus(now));
    }

    @Test
    void post_reversalOfReplacedOrVoidedClaim_backsOutWhatWasBooked_andKeepsItsStatus() {
        for (ClaimStatus s : List.of(ClaimStatus.REPLACED, ClaimStatus.VOIDED)) {
            Claim c = paidThen(s).post(reversal("k2"), "a", NOW);
            assertEquals(s, c.status());
            assertEquals(Money.ZERO, c.paidAmount(), s.name());
            assertEquals(Money.ZERO, c.patientResponsibility(), s.name());
            assertEquals(Money.ZERO, c.contractualAdjustment(), s.name());
            assertEquals("k2", c.posting("k1").orElseThrow().reversedBy());
            HistoryEntry last = c.history().get(c.history().size() - 1);
            assertEquals(s, last.from());
            assertEquals(s, last.to());
            assertEquals("835 t2: reversal", last.reason());
            assertEquals(List.of(new InvoiceId("i-1")), c.withdrawnInvoiceIds());
            assertThrows(ClaimTransitionNotAllowedException.class, () -> c.post(paid("k3"), "a", NOW),
                    "a new payment of a " + s + " claim is not posted");
        }
    }

    @Test
    void post_reversalOfClosedClaim_reopensItAsAccepted() {
        Claim c = paidThen(ClaimStatus.CLOSED).post(reversal("k2"), "a", NOW);
        assertEquals(ClaimStatus.ACCEPTED, c.status());
        assertEquals(Money.of("170.50"), c.insuranceBalance());
        assertTrue(c.isOpen());
    }

    @Test
    void post_reversalOfUnsentClaim_isRefused() {
        assertThrows(ClaimTransitionNotAllowedException.class, () -> claim(ClaimStatus.READY).post(reversal("k2"), "a", NOW));
        assertThrows(ClaimTransitionNotAllowedException.class, () -> claim(ClaimStatus.REJECTED).post(reversal("k2"), "a", NOW));
    }

    @Test
    void invoices_billedWhileStanding_withdrawnOnceBackedOutVoidedOrReplaced() {
        Claim paid = claim(ClaimStatus.ACCEPTED).post(paid("k1"), "a", NOW);
        assertEquals(List.of(new InvoiceId("i-1")), paid.billedInvoiceIds());
        assertEquals(List.of(), paid.withdrawnInvoiceIds());
        Claim reversed = paid.post(reversal("k2"), "a", NOW);
        assertEquals(List.of(), reversed.billedInvoiceIds());
        assertEquals(List.of(new InvoiceId("i-1")), reversed.withdrawnInvoiceIds());
        Claim voided = paid.voided("a", "entered in error", NOW);
        assertEquals(List.of(new InvoiceId("i-1")), voided.withdrawnInvoiceIds());
    }
}
