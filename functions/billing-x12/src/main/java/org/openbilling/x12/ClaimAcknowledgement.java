package org.openbilling.x12;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openbilling.domain.common.Money;

/**
 * A 277CA's verdict on one claim (2200D): our claim number (TRN02, the CLM01 we sent), the payer's claim control
 * number (REF*1K) when it assigned one, the status category (STC01-1) and every status composite at claim level.
 */
public record ClaimAcknowledgement(String claimNumber, String payerClaimControlNumber, String patientLastName,
                                   String patientFirstName, String categoryCode, List<String> statusCodes,
                                   LocalDate statusDate, Money totalCharge) {
    /** Categories that mean "not accepted into adjudication": the claim must be corrected and sent again. */
    static final Set<String> REJECTED = Set.of("A3", "A4", "A6", "A7", "A8");
    /** Categories that mean the payer took the claim in. */
    static final Set<String> ACCEPTED = Set.of("A0", "A1", "A2", "A5");

    public ClaimAcknowledgement {
        statusCodes = List.copyOf(statusCodes);
    }

    /** Accepted: an accepting category (A0, A1, A2, A5) and no rejecting one among the claim's statuses. */
    public boolean accepted() {
        return !rejected() && statusCodes.stream().anyMatch(s -> ACCEPTED.contains(category(s)));
    }

    /** Rejected: any claim-level status in category A3, A4, A6, A7 or A8. */
    public boolean rejected() {
        return statusCodes.stream().anyMatch(s -> REJECTED.contains(category(s)));
    }

    private static String category(String composite) {
        int colon = composite.indexOf(':');
        return colon < 0 ? composite : composite.substring(0, colon);
    }
}
