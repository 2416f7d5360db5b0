package org.openbilling.domain.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing of ISO dates from input, with the rule id clients see. */
public final class Dates {
    private Dates() {
    }

    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("required", "a date is required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date-format", "not an ISO date (yyyy-mm-dd)");
        }
    }

    public static LocalDate parseOptional(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }
}
