package org.openbilling.domain.claim;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;

/** One service line of a claim; {@code paidAmount} is null until the payer adjudicated it. */
public record ClaimLine(int lineNumber, String code, String system, List<String> modifiers, int units, Money charge,
                        List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo, String ndc,
                        Money paidAmount) {
    public ClaimLine {
        modifiers = List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
    }
}
