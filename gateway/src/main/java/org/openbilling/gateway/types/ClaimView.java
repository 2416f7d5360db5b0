package org.openbilling.gateway.types;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.openbilling.contract.ClaimAnswer;
import org.openbilling.contract.Parties;
import org.openbilling.contract.mapping.ClaimAnswers;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.ClaimTransitions;
import org.openbilling.gateway.types.Views.PersonView;

/**
 * A claim as the GraphQL schema shows it; {@code encounter} and {@code invoices} are batched links. {@code oneRecord}
 * (not in the schema) marks a claim answered as one patient's record (by id, or a mutation's answer): what is read
 * through its links is audited like a read by id; a claim in a list is not.
 */
@Name("Claim")
public record ClaimView(String id, String claimNumber, String encounterId, String status, String frequency,
                        String originalClaimId, String replacedByClaimId, Payer payer, PersonView patient,
                        LocalDate serviceDate, List<String> diagnoses, List<Line> lines, String totalCharge,
                        String paidAmount, String contractualAdjustment, String patientResponsibility,
                        String insuranceBalance, List<AdjustmentView> adjustments, List<RemarkView> remarks,
                        List<HistoryView> history, List<String> invoiceIds, String payerClaimControlNumber,
                        String submissionId, List<WarningView> warnings, List<String> nextStatuses, int version,
                        Instant createdAt, Instant updatedAt, Instant submittedAt,
                        @Description("Whole days in the practice's time zone since the date of service, or since first "
                                + "submission where openClaims is asked with ageBy: FIRST_SUBMISSION") int ageDays,
                        @Description("The place of the claim's payer among the visit's coverages: PRIMARY, SECONDARY "
                                + "or TERTIARY") String payerSequence,
                        @Description("True when the payer before sent this claim on itself (a crossover): no 837P goes "
                                + "from the practice") boolean sentByCrossover,
                        @Ignore String previousClaimId, @Ignore String nextClaimId, @Ignore boolean oneRecord) {

    @Name("Payer")
    public record Payer(String payerId, String payerName) {
    }

    @Name("ClaimLine")
    public record Line(int lineNumber, String code, List<String> modifiers, int units, String charge,
                       List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo, String ndc,
                       String paidAmount) {
        static Line of(ClaimAnswer.Line l) {
            return new Line(l.lineNumber(), l.code(), l.modifiers(), l.units(), l.charge(), l.diagnosisPointers(),
                    l.serviceDate(), l.serviceDateTo(), l.ndc(), l.paidAmount());
        }
    }

    @Name("Adjustment")
    public record AdjustmentView(String groupCode, String reasonCode, String description, String amount, Integer lineNumber) {
    }

    @Name("Remark")
    public record RemarkView(String code, String description, Integer lineNumber) {
    }

    @Name("HistoryEntry")
    public record HistoryView(String from, String to, Instant at, String actor, String reason) {
    }

    @Name("Warning")
    public record WarningView(String rule, String field, String message) {
        static WarningView of(Parties.Warning w) {
            return new WarningView(w.rule(), w.field(), w.message());
        }
    }

    /** A claim in a list. */
    public static ClaimView of(Claim c, ClaimAge age) {
        return of(c, age, false);
    }

    /** A claim read from the table: shown as its public answer, the same one a function's call gives. */
    public static ClaimView of(Claim c, ClaimAge age, boolean oneRecord) {
        return of(ClaimAnswers.of(c), age, oneRecord);
    }

    public static ClaimView of(ClaimAnswer c, ClaimAge age, boolean oneRecord) {
        return new ClaimView(c.id(), c.claimNumber(), c.encounterId(), c.status(), c.frequency(), c.originalClaimId(),
                c.replacedByClaimId(), c.payer() == null ? null : new Payer(c.payer().payerId(), c.payer().payerName()),
                PersonView.of(c.patient()), c.serviceDate(), c.diagnoses(), Views.each(c.lines(), Line::of),
                c.totalCharge(), c.paidAmount(), c.contractualAdjustment(), c.patientResponsibility(),
                c.insuranceBalance(),
                Views.each(c.adjustments(), a -> new AdjustmentView(a.groupCode(), a.reasonCode(), a.description(),
                        a.amount(), a.lineNumber())),
                Views.each(c.remarks(), r -> new RemarkView(r.code(), r.description(), r.lineNumber())),
                Views.each(c.history(), h -> new HistoryView(h.from(), h.to(), h.at(), h.actor(), h.reason())),
                Views.orEmpty(c.invoiceIds()), c.payerClaimControlNumber(), c.submissionId(),
                Views.each(c.warnings(), WarningView::of),
                ClaimTransitions.movesByHand(ClaimStatus.valueOf(c.status())).stream().map(Enum::name).sorted().toList(),
                (int) c.version(), c.createdAt(), c.updatedAt(), c.submittedAt(), age.days(c),
                c.chain() == null ? "PRIMARY" : c.chain().position(), c.chain() != null && c.chain().crossover(),
                c.chain() == null ? null : c.chain().previousClaimId(),
                c.chain() == null ? null : c.chain().nextClaimId(), oneRecord);
    }
}
