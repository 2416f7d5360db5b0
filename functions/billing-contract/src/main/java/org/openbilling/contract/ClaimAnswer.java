package org.openbilling.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openbilling.contract.Parties.Person;
import org.openbilling.contract.Parties.Warning;

/**
 * A claim as answered. {@code insuranceBalance} = totalCharge − paidAmount − contractualAdjustment −
 * patientResponsibility: what is still expected from the payer; {@code open} while the payer may still pay. The
 * posting ledger, a void waiting for the next batch and the visit's details copied for the 837P stay inside the
 * function.
 */
@Schema(name = "Claim")
public record ClaimAnswer(@Schema(required = true) String id, String practiceId,
                          @Schema(required = true) String claimNumber, String encounterId,
                          @Schema(required = true, enumeration = {"READY", "SUBMITTED", "ACCEPTED", "REJECTED",
                                  "DENIED", "APPEALED", "PARTIALLY_PAID", "PAID", "REPLACED", "VOIDED", "CLOSED"})
                          String status,
                          @Schema(description = "the X12 claim frequency code: 1 original, 7 replacement, 8 void",
                                  enumeration = {"1", "7", "8"}) String frequency,
                          String originalClaimId, String replacedByClaimId, Payer payer, Person patient,
                          LocalDate serviceDate, List<String> diagnoses, List<Line> lines,
                          @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "185.00") String totalCharge,
                          @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "0.00") String paidAmount,
                          @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "0.00") String contractualAdjustment,
                          @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "0.00") String patientResponsibility,
                          @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "185.00") String insuranceBalance,
                          List<Adjustment> adjustments, List<Remark> remarks, List<HistoryEntry> history,
                          List<String> invoiceIds, String payerClaimControlNumber, String submissionId,
                          List<Warning> warnings, long version, Instant createdAt, Instant updatedAt,
                          Instant submittedAt, boolean open,
                          @Schema(required = true) Chain chain) {

    /**
     * The claim's place among the visit's payers (coordination of benefits): its payer's position, the claims to the
     * payer before and after it, whether the payer before sent it on itself (a crossover: no 837P from the practice),
     * and what every earlier payer decided, as this claim's 837P tells the payer (2320/2330B, per line 2430).
     */
    @Schema(name = "ClaimChain")
    public record Chain(@Schema(required = true, enumeration = {"PRIMARY", "SECONDARY", "TERTIARY"}) String position,
                        String previousClaimId, String nextClaimId, boolean crossover, List<PriorPayer> priorPayers) {
    }

    /** An earlier payer's adjudication of the same visit; a denial is paid 0.00 with the denial's adjustments. */
    @Schema(name = "PriorPayerAdjudication")
    public record PriorPayer(@Schema(enumeration = {"PRIMARY", "SECONDARY", "TERTIARY"}) String position, Payer payer,
                             String payerClaimControlNumber, LocalDate adjudicationDate,
                             @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "120.00") String paidAmount,
                             @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "20.00") String remainingPatientLiability,
                             List<Adjustment> adjustments, List<String> remarkCodes, List<PriorPayerLine> lines) {
    }

    /** One of the claim's lines as an earlier payer adjudicated it (its 2430 loop). */
    @Schema(name = "PriorPayerLine")
    public record PriorPayerLine(int lineNumber, String procedureCode, List<String> modifiers,
                                 @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER)
                                 java.math.BigDecimal units,
                                 @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "85.00") String paidAmount,
                                 List<Adjustment> adjustments,
                                 @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "20.00") String remainingPatientLiability) {
    }

    @Schema(name = "Payer")
    public record Payer(String payerId, String payerName) {
    }

    /** One service line; {@code paidAmount} is absent until the payer adjudicated it. */
    @Schema(name = "ClaimLine")
    public record Line(int lineNumber, String code, String system, List<String> modifiers, int units,
                       @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "125.00") String charge,
                       List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo, String ndc,
                       @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "100.00") String paidAmount) {
    }

    /** A payer's adjustment (X12 CAS); {@code lineNumber} when line-level, {@code quantity} when the payer gave one. */
    @Schema(name = "Adjustment")
    public record Adjustment(String groupCode, String reasonCode, String description,
                             @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "25.00") String amount,
                             Integer lineNumber,
                             @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER)
                             java.math.BigDecimal quantity,
                             String groupDescription) {
    }

    /** A remittance advice remark (RARC); {@code lineNumber} when the payer gave it for a line. */
    @Schema(name = "Remark")
    public record Remark(String code, String description, Integer lineNumber) {
    }

    /** One move of the claim; {@code from} is absent for its creation. */
    @Schema(name = "HistoryEntry")
    public record HistoryEntry(String from, String to, Instant at, String actor, String reason) {
    }
}
