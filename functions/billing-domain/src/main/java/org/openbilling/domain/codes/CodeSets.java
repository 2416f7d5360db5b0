package org.openbilling.domain.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The code sets the platform holds, each as editions in force from a date; the port every code check goes through. */
public interface CodeSets {
    /** Validates one code on a date of service, against the edition in force on that date. */
    CodeValidation validate(CodeSystem system, String code, LocalDate on);

    /** Looks one code up in the edition in force on a date. */
    Optional<Code> lookup(CodeSystem system, String code, LocalDate on);

    /** Codes whose descriptions match words or prefixes of {@code text}, best first. */
    List<Code> search(CodeSystem system, String text, LocalDate on, int limit);
}
