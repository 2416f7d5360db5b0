package org.openbilling.domain.claim;

/** The payer a claim is sent to. */
public record Payer(String payerId, String payerName) {
}
