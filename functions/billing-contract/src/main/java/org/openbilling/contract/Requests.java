package org.openbilling.contract;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies that callers of the functions (the gateway among them) send. Amounts are strings so that a
 * malformed one is a named violation (a JSON number is accepted too); each function checks every field.
 */
public final class Requests {
    private Requests() {
    }

    /** POST /claims. */
    @Schema(name = "CreateClaimRequest")
    public record CreateClaim(String encounterId) {
    }

    /** POST /claims/{id}/void. */
    /** The body of POST /claims/{id}/corrections: the encounter fields to change, whole top-level parts. */
    @Schema(name = "CorrectionRequest")
    public record CorrectClaim(EncounterRequest encounter, Long expectedVersion, String payerClaimControlNumber) {
    }

    @Schema(name = "VoidRequest")
    public record VoidClaim(Long expectedVersion, String reason) {
    }

    /** POST /claims/{id}/status; a move to PAID, PARTIALLY_PAID or DENIED may carry the payer's adjudication. */
    @Schema(name = "StatusRequest")
    public record StatusChange(String status, String reason,
                               @JsonDeserialize(using = WholeNumber.class) Long expectedVersion,
                               Adjudication adjudication) {
    }

    /**
     * POST /claims/{id}/coverages: a coverage the patient reported after the visit was billed, added after the claim's
     * payer (the secondary after a primary claim, the tertiary after a secondary one).
     */
    @Schema(name = "LaterCoverageRequest")
    public record LaterCoverage(EncounterRequest.Coverage coverage) {
    }

    /** A payer's verdict entered by hand (a paper EOB). */
    @Schema(name = "AdjudicationRequest")
    public record Adjudication(@Schema(description = Amounts.MONEY, example = "100.00") String paidAmount,
                               @Schema(description = Amounts.MONEY, example = "20.00") String patientResponsibility,
                               String payerClaimControlNumber, List<AdjustmentLine> adjustments,
                               List<LinePayment> lines, List<String> remarks) {
    }

    /** One adjustment (X12 CAS): group code, CARC, amount, and the claim line when it is line-level. */
    @Schema(name = "AdjudicationAdjustment")
    public record AdjustmentLine(String groupCode, String reasonCode,
                                 @Schema(description = Amounts.MONEY, example = "25.00") String amount,
                                 @JsonDeserialize(using = WholeNumber.class) Long lineNumber) {
    }

    /** What the payer paid on one line. */
    @Schema(name = "AdjudicationLinePayment")
    public record LinePayment(@JsonDeserialize(using = WholeNumber.class) Long lineNumber,
                              @Schema(description = Amounts.MONEY, example = "100.00") String paidAmount) {
    }

    /** POST /submissions: the claims to send in one 837P batch. */
    @Schema(name = "SubmitRequest")
    public record Submit(List<String> claimIds) {
    }

    /** POST /claim-status-inquiries: the claims to ask the payers about (a 276); none means every ACCEPTED claim. */
    @Schema(name = "StatusInquiryRequest")
    public record StatusInquiry(List<String> claimIds) {
    }

    /** POST /work-items/{id}/assign; {@code assignee} absent to unassign. */
    @Schema(name = "AssignRequest")
    public record AssignWorkItem(String assignee, @JsonDeserialize(using = WholeNumber.class) Long expectedVersion) {
    }

    /** The other moves of a work item: a note (required to resolve; the reason to close without action). */
    @Schema(name = "NoteRequest")
    public record WorkItemNote(String text, @JsonDeserialize(using = WholeNumber.class) Long expectedVersion) {
    }

    /** POST /invoices/{id}/payments. */
    @Schema(name = "PaymentRequest")
    public record Payment(@Schema(description = "US dollars, at most two decimals", example = "30.00") String amount,
                          @Schema(enumeration = {"CARD", "CASH", "CHECK", "ACH"}) String method, String reference) {
    }

    /** The body of POST /codes/validate: the codes to check and the date whose editions apply (default today). */
    @Schema(name = "ValidateRequest")
    public record ValidateCodes(String on, List<CodeRef> codes) {
    }

    @Schema(name = "CodeRef")
    public record CodeRef(String system, String code) {
    }

    /**
     * The body of PUT /clearinghouse/connection: {@code password}, or {@code privateKey} with its
     * {@code passphrase}, are write-only (never answered, never logged); leave both out to keep the stored one.
     */
    @Schema(name = "ConnectionInput")
    public record ClearinghouseConnection(String host, Integer port, String user, String password, String privateKey,
                                          String passphrase, String hostKey, String outgoingFolder,
                                          String incomingFolder, String fileNamePattern,
                                          @Schema(enumeration = {"TEST", "PRODUCTION"}) String environment,
                                          Boolean enabled, Long expectedVersion) {
        /** Without the secrets: a request that reaches a log or an exception message shows none. */
        @Override
        public String toString() {
            return "ClearinghouseConnection[" + user + "@" + host + ":" + port + "]";
        }
    }
}
