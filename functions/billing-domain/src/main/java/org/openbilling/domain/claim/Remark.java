package org.openbilling.domain.claim;

/** A remittance advice remark code (RARC) with its text. */
public record Remark(String code, String description) {
}
