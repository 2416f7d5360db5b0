package org.openbilling.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openbilling.contract.Parties.Person;

/** An invoice to the patient as answered; a VOID invoice owes nothing, and what was paid on it is {@code credit}. */
@Schema(name = "Invoice")
public record InvoiceAnswer(@Schema(required = true) String id, String practiceId, String invoiceNumber, String claimId, String encounterId, Person patient,
                            @Schema(enumeration = {"OPEN", "PARTIALLY_PAID", "PAID", "VOID"}) String status,
                            LocalDate issuedOn, LocalDate dueOn,
                            @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "30.00") String amountDue,
                            @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "0.00") String amountPaid,
                            @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "0.00") String adjustmentsTotal,
                            @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "30.00") String balance,
                            @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "0.00") String credit,
                            List<Line> lines, List<Payment> payments, List<Adjustment> adjustments, String voidReason,
                            long version, Instant createdAt, Instant updatedAt) {

    @Schema(name = "InvoiceLine")
    public record Line(int lineNumber, String code, LocalDate serviceDate, String description,
                       @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "30.00") String amount) {
    }

    @Schema(name = "InvoicePayment")
    public record Payment(String id,
                          @Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "30.00") String amount,
                          @Schema(enumeration = {"CARD", "CASH", "CHECK", "ACH", "CREDIT"}) String method,
                          String reference, Instant at, String actor) {
    }

    /** A write-off, a payment reversal, or a credit carried to the invoice {@code carriedTo}. */
    @Schema(name = "InvoiceAdjustment")
    public record Adjustment(@Schema(description = Amounts.MONEY, pattern = Amounts.MONEY_PATTERN, example = "10.00") String amount,
                             @Schema(enumeration = {"WRITE_OFF", "PAYMENT_REVERSAL", "CREDIT_CARRIED", "MOVED_TO_NEXT_PAYER"}) String kind, String reason, Instant at, String actor, String carriedTo) {
    }
}
