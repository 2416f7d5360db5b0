package org.openbilling.x12;

import java.util.Objects;
import org.openbilling.domain.encounter.Parties.Coverage;

/**
 * One coverage of the patient's chain as the 837P writes it (2000B or 2320): the coverage, and for a Medicare
 * coverage that is not primary, why Medicare is not (SBR05: 12 working aged, 13 ESRD, 14 no-fault, 15 workers'
 * compensation, 16 public health service, 41 black lung, 42 veterans, 43 disabled with a large group plan, 47 other
 * liability); null otherwise.
 */
public record PayerCoverage(Coverage coverage, String medicareSecondaryPayerType) {
    public PayerCoverage {
        Objects.requireNonNull(coverage, "coverage");
    }

    /** A coverage with the SBR05 it holds (the encounter's Medicare secondary payer type, if any). */
    public static PayerCoverage of(Coverage coverage) {
        return new PayerCoverage(coverage,
                coverage.medicareSecondaryType() == null ? null : coverage.medicareSecondaryType().code());
    }
}
