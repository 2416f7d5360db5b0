package org.openbilling.domain.codes;

import java.time.LocalDate;

/** A code as a code set defines it; {@code display} is empty for CPT (its descriptions are the AMA's). */
public record Code(CodeSystem system, String code, String display, boolean billable, LocalDate validFrom, LocalDate validTo) {
}
