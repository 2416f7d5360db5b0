package org.openbilling.contract.mapping;

import org.openbilling.contract.InvoiceAnswer;
import org.openbilling.domain.invoice.Invoice;

/** The one place where a domain {@link Invoice} becomes its public answer. */
public final class InvoiceAnswers {
    private InvoiceAnswers() {
    }

    public static InvoiceAnswer of(Invoice v) {
        return new InvoiceAnswer(Wire.text(v.id()), Wire.text(v.practiceId()), v.invoiceNumber(), Wire.text(v.claimId()),
                Wire.text(v.encounterId()), PartyAnswers.of(v.patient()), Wire.name(v.status()), v.issuedOn(),
                v.dueOn(), Wire.money(v.amountDue()), Wire.money(v.amountPaid()), Wire.money(v.adjustmentsTotal()),
                Wire.money(v.balance()), Wire.money(v.credit()),
                Wire.each(v.lines(), l -> new InvoiceAnswer.Line(l.lineNumber(), l.code(), l.serviceDate(),
                        l.description(), Wire.money(l.amount()))),
                Wire.each(v.payments(), p -> new InvoiceAnswer.Payment(p.id(), Wire.money(p.amount()),
                        Wire.name(p.method()), p.reference(), p.at(), p.actor())),
                Wire.each(v.adjustments(), a -> new InvoiceAnswer.Adjustment(Wire.money(a.amount()),
                        Wire.name(a.kind()), a.reason(), a.at(), a.actor(), Wire.text(a.carriedTo()))),
                v.voidReason(), v.version(), v.createdAt(), v.updatedAt());
    }
}
