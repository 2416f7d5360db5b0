package org.openbilling.gateway.types;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.ClaimTransitions;
import org.openbilling.domain.common.InvoiceId;
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
        static Line of(ClaimLine l) {
            return new Line(l.lineNumber(), l.code(), l.modifiers(), l.units(), Views.money(l.charge()),
                    l.diagnosisPointers(), l.serviceDate(), l.serviceDateTo(), l.ndc(), Views.money(l.paidAmount()));
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
    }

    /** A claim in a list. */
    public static ClaimView of(Claim c, ClaimAge age) {
        return of(c, age, false);
    }

    public static ClaimView of(Claim c, ClaimAge age, boolean oneRecord) {
        return new ClaimView(c.id().value(), c.claimNumber().value(), c.encounterId().value(), c.status().name(),
                c.frequency().code(), c.originalClaimId() == null ? null : c.originalClaimId().value(),
                c.replacedByClaimId() == null ? null : c.replacedByClaimId().value(),
                new Payer(c.payer().payerId(), c.payer().payerName()), PersonView.of(c.patient()), c.serviceDate(),
                c.diagnoses(), c.lines().stream().map(Line::of).toList(), Views.money(c.totalCharge()),
                Views.money(c.paidAmount()), Views.money(c.contractualAdjustment()),
                Views.money(c.patientResponsibility()), Views.money(c.insuranceBalance()),
                c.adjustments().stream().map(a -> new AdjustmentView(a.groupCode(), a.reasonCode(), a.description(),
                        Views.money(a.amount()), a.lineNumber())).toList(),
                c.remarks().stream().map(r -> new RemarkView(r.code(), r.description(), r.lineNumber())).toList(),
                c.history().stream().map(h -> new HistoryView(h.from() == null ? null : h.from().name(), h.to().name(),
                        h.at(), h.actor(), h.reason())).toList(),
                c.invoiceIds().stream().map(InvoiceId::value).toList(),
                c.payerClaimControlNumber() == null ? null : c.payerClaimControlNumber().value(), c.submissionId(),
                c.warnings().stream().map(w -> new WarningView(w.rule(), w.field(), w.message())).toList(),
                ClaimTransitions.movesByHand(c.status()).stream().map(Enum::name).sorted().toList(), (int) c.version(),
                c.createdAt(), c.updatedAt(), c.submittedAt(),
                age.days(c), c.payerSequence().name(), c.chain().crossover(),
                c.chain().previousClaimId() == null ? null : c.chain().previousClaimId().value(),
                c.chain().nextClaimId() == null ? null : c.chain().nextClaimId().value(), oneRecord);
    }
}
