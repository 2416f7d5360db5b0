package org.openbilling.web.answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.BilledClaim;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimChain;
import org.openbilling.domain.claim.ClaimFrequency;
import org.openbilling.domain.claim.ClaimLedger;
import org.openbilling.domain.claim.ClaimLifecycle;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.ClaimLinks;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.claim.Remark;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.Parties.Person;

/**
 * A claim as the functions answer it: flat, as it was before the domain claim was composed of parts, so the wire did
 * not change with it ({@code frequency} as its X12 code). The gateway reads it back with {@link #toDomain()}.
 * {@code chain} is the claim's place among the payers (position, previous and next claim, crossover, the earlier
 * payers' adjudications): the balance of a later payer's claim is derived from it.
 * Superseded by the contract module's claim answer, which also leaves out what is internal (postings, voidPending).
 */
public record ClaimAnswer(ClaimId id, PracticeId practiceId, ClaimNumber claimNumber, EncounterId encounterId,
                          ClaimStatus status, String frequency, ClaimId originalClaimId, ClaimId replacedByClaimId,
                          Payer payer, Person patient, LocalDate serviceDate, List<String> diagnoses,
                          List<ClaimLine> lines, Money totalCharge, Money paidAmount, Money contractualAdjustment,
                          Money patientResponsibility, Money insuranceBalance, List<Adjustment> adjustments,
                          List<Remark> remarks, List<HistoryEntry> history, List<InvoiceId> invoiceIds,
                          String payerClaimControlNumber, String submissionId, List<Warning> warnings,
                          EncounterDetails details, long version, Instant createdAt, Instant updatedAt,
                          Instant submittedAt, boolean voidPending, List<Posting> postings, boolean open,
                          ClaimChain chain) {

    public static ClaimAnswer of(Claim c) {
        return new ClaimAnswer(c.id(), c.practiceId(), c.claimNumber(), c.encounterId(), c.status(),
                c.frequency().code(), c.originalClaimId(), c.replacedByClaimId(), c.payer(), c.patient(),
                c.serviceDate(), c.diagnoses(), c.lines(), c.totalCharge(), c.paidAmount(), c.contractualAdjustment(),
                c.patientResponsibility(), c.insuranceBalance(), c.adjustments(), c.remarks(), c.history(),
                c.invoiceIds(), c.payerClaimControlNumber() == null ? null : c.payerClaimControlNumber().value(),
                c.submissionId(), c.warnings(), c.details(), c.version(), c.createdAt(), c.updatedAt(),
                c.submittedAt(), c.voidPending(), c.postings(), c.isOpen(), c.chain());
    }

    /** The claim this answer was written from (the balance and {@code open} are derived again). */
    public Claim toDomain() {
        return new Claim(id, practiceId, claimNumber, encounterId,
                new BilledClaim(payer, details, diagnoses, lines, totalCharge, warnings),
                new ClaimLedger(paidAmount, contractualAdjustment, patientResponsibility, adjustments, remarks,
                        invoiceIds, postings),
                new ClaimLifecycle(status, history, createdAt, updatedAt, submittedAt, submissionId),
                new ClaimLinks(frequency == null ? null : ClaimFrequency.ofCode(frequency),
                        PayerClaimControlNumber.ofNullable(payerClaimControlNumber), originalClaimId, replacedByClaimId,
                        voidPending, chain),
                version);
    }
}
