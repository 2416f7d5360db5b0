package org.openbilling.x12;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;

/**
 * A 277 claim status response's (005010X212) answer on one claim (2200D/2200E): the trace of our 276 echoed in
 * TRN02, our claim number (REF*EJ) and the payer's (REF*1K) when given, the status category (STC01-1), every
 * claim-level status composite, and what a finalized claim was paid and when (STC05, STC06, STC09).
 *
 * @param reference the BHT03 of the 277, which echoes our 276's BHT03
 */
public record ClaimStatusAnswer(String trace, String claimNumber, String payerClaimControlNumber, String categoryCode,
                                List<String> statusCodes, LocalDate statusDate, Money totalCharge, Money paidAmount,
                                LocalDate adjudicationDate, String remittanceTrace, String reference) {
    public ClaimStatusAnswer {
        statusCodes = List.copyOf(statusCodes);
    }

    /** The kind of answer, from the category's letter (X12 external code list 507). */
    public enum Kind {
        /** A0-A8: acknowledged, received. */
        ACKNOWLEDGED,
        /** P0-P5: pending (in process, payer review, information requested from the provider or patient). */
        PENDING,
        /** F0-F4: finalized (paid, denied, revised, no payment forthcoming). */
        FINALIZED,
        /** R0-R16: the payer requests more information. */
        REQUEST_FOR_INFORMATION,
        /** E0-E4 and D0: no answer possible (an error in the request, the claim not found, the system down). */
        ERROR
    }

    public Kind kind() {
        String c = categoryCode == null ? "" : categoryCode;
        if (c.startsWith("A")) {
            return Kind.ACKNOWLEDGED;
        }
        if (c.startsWith("P")) {
            return Kind.PENDING;
        }
        if (c.startsWith("F")) {
            return Kind.FINALIZED;
        }
        if (c.startsWith("R")) {
            return Kind.REQUEST_FOR_INFORMATION;
        }
        return Kind.ERROR;
    }
}
