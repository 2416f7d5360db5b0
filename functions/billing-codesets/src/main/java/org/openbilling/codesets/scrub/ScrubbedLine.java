package org.openbilling.codesets.scrub;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.claim.ClaimLine;

/**
 * One service line as the rules after the line checks see it: its position (0-based), its date of service (its own or
 * the encounter's), its code normalized when it is valid and billable on that date (null otherwise: NCCI and MUE skip
 * it), and its modifiers normalized.
 */
record ScrubbedLine(int index, ClaimLine line, LocalDate date, String code, List<String> modifiers) {
    int units() {
        return line.units();
    }

    /** Same code on the same date as {@code other} (both passed). */
    boolean sameCodeAndDate(ScrubbedLine other) {
        return code != null && code.equals(other.code) && date.equals(other.date);
    }
}
