package org.openbilling.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;

/**
 * One 835 health care claim payment/advice (005010X221A1), identified by its trace number (TRN02) and payer:
 * the payment (BPR, negative when BPR03 is D: a debit), each claim paid, denied or reversed (CLP) with its lines (SVC), and provider-level
 * adjustments (PLB). Money is exact; nothing here is a double.
 */
public record Remittance(String traceNumber, String payerId, String payerReference, String payerName,
                         String payeeName, String payeeNpi, Money paymentAmount, String paymentMethod,
                         LocalDate paymentDate, LocalDate productionDate, List<ClaimPayment> claims,
                         List<ProviderAdjustment> providerAdjustments) {

    public Remittance {
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    /**
     * What BPR02 must be by the 835's balancing rule: the claim payments (CLP04) less the provider adjustments (PLB,
     * positive = taken back). {@code paymentAmount} is signed (a debit, BPR03 D, is negative) to compare with it.
     */
    /**
     * The date the payer's adjudication is dated by, for the next payer's claim (837P DTP*573): the check or EFT date
     * (BPR16), else the 835's production date (DTM*405); null when the 835 gives neither. DTM*050 on a claim is when
     * the payer received it, not when it decided.
     */
    public LocalDate adjudicationDate() {
        return paymentDate != null ? paymentDate : productionDate;
    }

    public Money expectedPaymentAmount() {
        Money paid = claims.stream().map(ClaimPayment::paidAmount).reduce(Money.ZERO, Money::plus);
        Money adjusted = providerAdjustments.stream().map(ProviderAdjustment::amount).reduce(Money.ZERO, Money::plus);
        return paid.minus(adjusted);
    }

    /** One claim adjustment (CAS triple): group (CO, PR, OA, PI, CR), reason code, amount, optional quantity. */
    public record CasAdjustment(String groupCode, String reasonCode, Money amount, BigDecimal quantity) {
    }

    /**
     * One claim as adjudicated (CLP) with its claim-level adjustments, remark codes (MOA/MIA) and lines;
     * {@code forwardedTo} is the crossover carrier (NM1*TT) the payer sent the claim on to, null when it names none;
     * {@code receivedDate} is when the payer received the claim (DTM*050), null when not given.
     */
    public record ClaimPayment(String claimNumber, String statusCode, Money totalCharge, Money paidAmount,
                               Money patientResponsibility, String filingIndicator, String payerClaimControlNumber,
                               String patientLastName, String patientFirstName, List<CasAdjustment> adjustments,
                               List<String> remarkCodes, List<ServicePayment> lines, OtherPayer forwardedTo,
                               LocalDate receivedDate) {
        public ClaimPayment {
            adjustments = List.copyOf(adjustments);
            remarkCodes = List.copyOf(remarkCodes);
            lines = List.copyOf(lines);
        }

        /** CLP02 1, 2, 3 (processed as primary, secondary, tertiary) or 19, 20, 21 (also forwarded). */
        public boolean processed() {
            return processedAs() != null;
        }

        /**
         * The place the payer processed the claim in: CLP02 1 or 19 primary, 2 or 20 secondary, 3 or 21 tertiary;
         * null for a denial (4), a reversal (22) or any other status, which say nothing of the payer's place.
         */
        public PayerSequence processedAs() {
            return switch (statusCode) {
                case "1", "19" -> PayerSequence.PRIMARY;
                case "2", "20" -> PayerSequence.SECONDARY;
                case "3", "21" -> PayerSequence.TERTIARY;
                default -> null;
            };
        }

        /**
         * The payer forwarded the claim to the next payer itself (a crossover): CLP02 19, 20 or 21, or a crossover
         * carrier named in NM1*TT (some payers name it with CLP02 1); then no claim is to be sent to that payer.
         */
        public boolean forwarded() {
            return switch (statusCode) {
                case "19", "20", "21" -> true;
                default -> forwardedTo != null;
            };
        }

        /** CLP02 4: denied. */
        public boolean denied() {
            return "4".equals(statusCode);
        }

        /** CLP02 22: reversal of a previous payment. */
        public boolean reversal() {
            return "22".equals(statusCode);
        }
    }

    /** One service line (SVC): the procedure as paid, its adjustments, remarks (LQ*HE) and our line control (REF*6R). */
    public record ServicePayment(String qualifier, String code, List<String> modifiers, Money charge, Money paidAmount,
                                 BigDecimal units, Money allowedAmount, LocalDate serviceDate, String lineControlNumber,
                                 List<CasAdjustment> adjustments, List<String> remarkCodes) {
        public ServicePayment {
            modifiers = List.copyOf(modifiers);
            adjustments = List.copyOf(adjustments);
            remarkCodes = List.copyOf(remarkCodes);
        }
    }

    /** A payer named in a claim payment (NM1*TT crossover carrier): its name, id qualifier (NM108) and id (NM109). */
    public record OtherPayer(String name, String idQualifier, String id) {
    }

    /**
     * A provider-level adjustment (PLB): reason (e.g. WO overpayment recovery, L6 interest, 72 authorized return),
     * its reference, and the amount; a positive amount reduces the payment, as in X12.
     */
    public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate, String reasonCode,
                                     String reference, Money amount) {
    }
}
