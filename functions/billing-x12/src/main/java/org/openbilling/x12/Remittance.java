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
    public Money expectedPaymentAmount() {
        Money paid = claims.stream().map(ClaimPayment::paidAmount).reduce(Money.ZERO, Money::plus);
        Money adjusted = providerAdjustments.stream().map(ProviderAdjustment::amount).reduce(Money.ZERO, Money::plus);
        return paid.minus(adjusted);
    }

    /** One claim adjustment (CAS triple): group (CO, PR, OA, PI, CR), reason code, amount, optional quantity. */
    public record CasAdjustment(String groupCode, String reasonCode, Money amount, BigDecimal quantity) {
    }

    /** One claim as adjudicated (CLP) with its claim-level adjustments, remark codes (MOA/MIA) and lines. */
    public record ClaimPayment(String claimNumber, String statusCode, Money totalCharge, Money paidAmount,
                               Money patientResponsibility, String filingIndicator, String payerClaimControlNumber,
                               String patientLastName, String patientFirstName, List<CasAdjustment> adjustments,
                               List<String> remarkCodes, List<ServicePayment> lines) {
        public ClaimPayment {
            adjustments = List.copyOf(adjustments);
            remarkCodes = List.copyOf(remarkCodes);
            lines = List.copyOf(lines);
        }

        /** CLP02 1, 2, 3 (processed as primary, secondary, tertiary) or 19, 20, 21 (also forwarded). */
        public boolean processed() {
            return switch (statusCode) {
                case "1", "2", "3", "19", "20", "21" -> true;
                default -> false;
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

    /**
     * A provider-level adjustment (PLB): reason (e.g. WO overpayment recovery, L6 interest, 72 authorized return),
     * its reference, and the amount; a positive amount reduces the payment, as in X12.
     */
    public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate, String reasonCode,
                                     String reference, Money amount) {
    }
}
