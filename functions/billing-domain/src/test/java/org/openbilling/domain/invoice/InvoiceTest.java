package org.openbilling.domain.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;

class InvoiceTest {
    static final Instant NOW = Instant.parse("2026-11-10T15:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-10");

    static Invoice anInvoice(String... amounts) {
        List<InvoiceLine> lines = new java.util.ArrayList<>();
        int n = 1;
        for (String a : amounts) {
            lines.add(new InvoiceLine(n++, "99213", TODAY, "office visit", Money.of(a)));
        }
        return Invoice.issue(new InvoiceId("i-1"), new PracticeId("p1"), null, new EncounterId("e1"), null, lines,
                TODAY, 30, NOW);
    }

    @Test
    void issue_sumsLines_dueAfterTerms() {
        Invoice v = anInvoice("125.00", "45.50");
        assertEquals(Money.of("170.50"), v.amountDue());
        assertEquals(Money.of("170.50"), v.balance());
        assertEquals(InvoiceStatus.OPEN, v.status());
        assertEquals(LocalDate.parse("2026-12-10"), v.dueOn());
        assertEquals(14, v.invoiceNumber().length());
    }

    @Test
    void payments_moveOpenToPartiallyPaidToPaid() {
        Invoice v = anInvoice("100.00").pay(Money.of("40.00"), PaymentMethod.CARD, "r1", "u", NOW);
        assertEquals(InvoiceStatus.PARTIALLY_PAID, v.status());
        assertEquals(Money.of("60.00"), v.balance());
        v = v.pay(Money.of("60.00"), PaymentMethod.CASH, null, "u", NOW);
        assertEquals(InvoiceStatus.PAID, v.status());
        assertEquals(Money.ZERO, v.balance());
        assertEquals(2, v.payments().size());
    }

    @Test
    void overpayment_isRefused() {
        Invoice v = anInvoice("100.00");
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> v.pay(Money.of("100.01"), PaymentMethod.CHECK, "1001", "u", NOW));
        assertEquals("invoice-overpayment", e.violations().get(0).rule());
    }

    @Test
    void writeOffAndReversal_changeTheBalance() {
        Invoice v = anInvoice("100.00").pay(Money.of("50.00"), PaymentMethod.CHECK, "1001", "u", NOW);
        v = v.adjust(Money.of("50.00"), AdjustmentKind.PAYMENT_REVERSAL, "returned check", "u", NOW);
        assertEquals(InvoiceStatus.OPEN, v.status());
        assertEquals(Money.of("100.00"), v.balance());
        v = v.adjust(Money.of("100.00"), AdjustmentKind.WRITE_OFF, "hardship", "u", NOW);
        assertEquals(InvoiceStatus.PAID, v.status());
        assertEquals(Money.of("100.00"), v.adjustmentsTotal());
        Invoice settled = v;
        assertThrows(RuleViolationException.class,
                () -> settled.adjust(Money.of("0.01"), AdjustmentKind.WRITE_OFF, "x", "u", NOW));
    }

    @Test
    void void_refusedWithPaymentsStanding() {
        Invoice paid = anInvoice("100.00").pay(Money.of("10.00"), PaymentMethod.CARD, null, "u", NOW);
        assertThrows(RuleViolationException.class, () -> paid.voided("error", NOW));
        Invoice v = anInvoice("100.00").voided("entered twice", NOW);
        assertEquals(InvoiceStatus.VOID, v.status());
        assertThrows(RuleViolationException.class, () -> v.pay(Money.of("1.00"), PaymentMethod.CARD, null, "u", NOW));
    }

    @Test
    void pay_withKnownId_isFoundAgainOnRetry() {
        Invoice v = anInvoice("100.00").pay("k-1", Money.of("10.00"), PaymentMethod.ACH, null, "u", NOW);
        assertEquals(true, v.hasPayment("k-1"));
        assertEquals(false, v.hasPayment("k-2"));
        assertEquals("k-1", v.payments().get(0).id());
    }

    @Test
    void void_answersNoBalance() {
        Invoice v = anInvoice("100.00").voided("entered twice", NOW);
        assertEquals(Money.ZERO, v.balance());
        assertEquals(Money.ZERO, v.credit());
    }

    @Test
    void withdrawn_withPayments_isVoidAndKeepsThemAsTheCredit() {
        Invoice paid = anInvoice("100.00").pay(Money.of("30.00"), PaymentMethod.CARD, null, "u", NOW);
        Invoice w = paid.withdrawn("the payer reversed its adjudication", NOW);
        assertEquals(InvoiceStatus.VOID, w.status());
        assertEquals(Money.ZERO, w.balance());
        assertEquals(Money.of("30.00"), w.credit());
        assertEquals("the payer reversed its adjudication; the patient's payments of 30.00 are kept as a credit",
                w.voidReason());
        assertEquals(w, w.withdrawn("again", NOW), "withdrawing a void invoice changes nothing");
    }

    @Test
    void creditCarried_movesTheCreditToTheNewInvoice_onceEvenWhenRetried() {
        Invoice from = anInvoice("100.00").pay(Money.of("30.00"), PaymentMethod.CARD, null, "u", NOW)
                .withdrawn("reversed", NOW);
        Invoice to = Invoice.issue(new InvoiceId("i-2"), new PracticeId("p1"), null, new EncounterId("e1"), null,
                List.of(new InvoiceLine(1, "99213", TODAY, "share", Money.of("20.00"))), TODAY, 30, NOW);
        Invoice out = from.creditCarried(Money.of("20.00"), to, "u", NOW);
        assertEquals(Money.of("10.00"), out.credit());
        assertEquals(to.id(), out.creditsCarried().get(0).carriedTo());
        Invoice in = to.paidFromCredit(out, 0, Money.of("20.00"), "u", NOW);
        assertEquals(InvoiceStatus.PAID, in.status());
        assertEquals(PaymentMethod.CREDIT, in.payments().get(0).method());
        assertEquals(in, in.paidFromCredit(out, 0, Money.of("20.00"), "u", NOW), "a retry takes nothing twice");
        assertThrows(IllegalArgumentException.class, () -> out.creditCarried(Money.of("10.01"), to, "u", NOW));
    }
}
