package org.openbilling.contract.mapping;

import org.openbilling.contract.ClaimAnswer;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimChain;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.claim.Remark;

/**
 * The one place where a domain {@link Claim} becomes its public answer: everything a client may see, and nothing of
 * the function's bookkeeping (the posting ledger, a void waiting for the next batch, the encounter's details copied
 * for the 837P). A new answer field is a component of {@link ClaimAnswer} and one argument here.
 */
public final class ClaimAnswers {
    private ClaimAnswers() {
    }

    public static ClaimAnswer of(Claim c) {
        return new ClaimAnswer(Wire.text(c.id()), Wire.text(c.practiceId()), Wire.text(c.claimNumber()),
                Wire.text(c.encounterId()), Wire.name(c.status()),
                c.frequency() == null ? null : c.frequency().code(), Wire.text(c.originalClaimId()),
                Wire.text(c.replacedByClaimId()),
                c.payer() == null ? null : new ClaimAnswer.Payer(c.payer().payerId(), c.payer().payerName()),
                PartyAnswers.of(c.patient()), c.serviceDate(), c.diagnoses(), Wire.each(c.lines(), ClaimAnswers::of),
                Wire.money(c.totalCharge()), Wire.money(c.paidAmount()), Wire.money(c.contractualAdjustment()),
                Wire.money(c.patientResponsibility()), Wire.money(c.insuranceBalance()),
                Wire.each(c.adjustments(), ClaimAnswers::of), Wire.each(c.remarks(), ClaimAnswers::of),
                Wire.each(c.history(), ClaimAnswers::of), Wire.each(c.invoiceIds(), Wire::text),
                Wire.text(c.payerClaimControlNumber()), c.submissionId(), Wire.each(c.warnings(), PartyAnswers::of),
                c.version(), c.createdAt(), c.updatedAt(), c.submittedAt(), c.isOpen(), of(c.chain()));
    }

    static ClaimAnswer.Chain of(ClaimChain chain) {
        return new ClaimAnswer.Chain(Wire.name(chain.position()), Wire.text(chain.previousClaimId()),
                Wire.text(chain.nextClaimId()), chain.crossover(), Wire.each(chain.priorPayers(), ClaimAnswers::of));
    }

    static ClaimAnswer.PriorPayer of(PriorAdjudication p) {
        return new ClaimAnswer.PriorPayer(Wire.name(p.position()),
                p.payer() == null ? null : new ClaimAnswer.Payer(p.payer().payerId(), p.payer().payerName()),
                p.payerClaimControlNumber(), p.adjudicationDate(), Wire.money(p.paidAmount()),
                Wire.money(p.remainingPatientLiability()), Wire.each(p.adjustments(), ClaimAnswers::of),
                p.remarkCodes(), Wire.each(p.lines(), ClaimAnswers::of));
    }

    static ClaimAnswer.PriorPayerLine of(PriorAdjudication.Line l) {
        return new ClaimAnswer.PriorPayerLine(l.lineNumber(), l.procedureCode(), l.modifiers(), l.units(),
                Wire.money(l.paidAmount()), Wire.each(l.adjustments(), ClaimAnswers::of),
                Wire.money(l.remainingPatientLiability()));
    }

    static ClaimAnswer.Line of(ClaimLine l) {
        return new ClaimAnswer.Line(l.lineNumber(), l.code(), l.system(), l.modifiers(), l.units(),
                Wire.money(l.charge()), l.diagnosisPointers(), l.serviceDate(), l.serviceDateTo(), l.ndc(),
                Wire.money(l.paidAmount()));
    }

    static ClaimAnswer.Adjustment of(Adjustment a) {
        return new ClaimAnswer.Adjustment(a.groupCode(), a.reasonCode(), a.description(), Wire.money(a.amount()),
                a.lineNumber(), a.quantity(), a.groupDescription());
    }

    static ClaimAnswer.Remark of(Remark r) {
        return new ClaimAnswer.Remark(r.code(), r.description(), r.lineNumber());
    }

    static ClaimAnswer.HistoryEntry of(HistoryEntry h) {
        return new ClaimAnswer.HistoryEntry(Wire.name(h.from()), Wire.name(h.to()), h.at(), h.actor(), h.reason());
    }
}
