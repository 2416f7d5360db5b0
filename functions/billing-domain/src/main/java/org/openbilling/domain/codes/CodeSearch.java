package org.openbilling.domain.codes;

import java.time.LocalDate;
import org.openbilling.domain.encounter.Parties.Sex;

/**
 * A search for codes as a coder looks them up: the words of the note, the date of service, and optionally the
 * patient's age in years and sex, which let codes for other ages or the other sex (newborn, pregnancy, sex-specific)
 * rank lower. {@code limit} is the most results wanted.
 */
public record CodeSearch(CodeSystem system, String text, LocalDate on, int limit, Integer age, Sex sex) {
    /** A search without the patient's age and sex. */
    public static CodeSearch of(CodeSystem system, String text, LocalDate on, int limit) {
        return new CodeSearch(system, text, on, limit, null, null);
    }
}
