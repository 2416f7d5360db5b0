package org.openbilling.domain.codes;

import java.time.LocalDate;
import java.util.List;

/**
 * The ICD-10-CM Tabular List's instructions checked across the diagnoses of one encounter or claim: two codes in an
 * Excludes1 relationship, a manifestation without the etiology its "code first" note asks for, a "use additional
 * code" left out. (A code that lacks its 7th character is a validation issue of the code itself.) The encounter and
 * the claim scrubber call the same check, so both answer with the same rule ids and messages.
 */
public interface CodingInstructions {
    /** No instructions checked (tests, and apps without the Tabular List). */
    CodingInstructions NONE = (diagnoses, on) -> List.of();

    /**
     * The findings for a list of diagnoses on a date of service. {@code diagnoses} are in claim order, each normalized
     * ICD-10-CM code, or null for one that did not pass validation (it is skipped); a finding's {@code diagnosis} is
     * its index in that list.
     */
    List<InstructionFinding> check(List<String> diagnoses, LocalDate on);
}
