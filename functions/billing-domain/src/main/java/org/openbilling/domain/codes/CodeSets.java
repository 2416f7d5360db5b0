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

    /**
     * Codes valid on the date that match the search, best first, each with why it matched. ICD-10-CM is searched the
     * way coders look codes up (the Alphabetic Index, its tables, the Tabular's terms); other systems by their titles.
     */
    default List<CodeMatch> find(CodeSearch search) {
        return search(search.system(), search.text(), search.on(), search.limit()).stream()
                .map(c -> new CodeMatch(c, c.display(), "code title")).toList();
    }

    /** The Tabular List's instructions for a code valid on the date (ICD-10-CM only; empty otherwise). */
    default Optional<CodeNotes> notes(CodeSystem system, String code, LocalDate on) {
        return Optional.empty();
    }
}
