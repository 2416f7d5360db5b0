package org.openbilling.domain.claim;

/** A scrubber finding that does not block the claim (for example an edit from a code-set edition older than the date of service). */
public record Warning(String rule, String field, String message) {
}
