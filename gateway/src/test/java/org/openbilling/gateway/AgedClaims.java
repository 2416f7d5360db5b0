package org.openbilling.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.Money;
import org.openbilling.testing.fixtures.Claims;

/** Claims of a chosen payer, balance and age, for aging and export tests that store them through the repository. */
final class AgedClaims {
    private AgedClaims() {
    }

    /** Noon, in the practice's zone, {@code days} before {@code asOf}: an age of exactly {@code days} on that day. */
    static Instant daysBefore(LocalDate asOf, int days, ZoneId zone) {
        return asOf.minusDays(days).atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    /**
     * A READY claim created at {@code createdAt} for a visit that day (its date of service, in UTC: the fixtures'
     * instants are at noon in the practice's zone), to a payer, charging {@code charge} with {@code paid} paid so far.
     * Aged by date of service or by first submission, it is as old until it is submitted.
     */
    static Claim ready(String practice, Payer payer, Instant createdAt, Money charge, Money paid) {
        Claim c = ClaimFactory.fromEncounter(Claims.aCodedEncounter(practice), ClaimId.newId(),
                ClaimFactory.newClaimNumber(), List.of(), "fixture", createdAt);
        // created at createdAt by the factory; a total that stands without lines adding up to it
        return withServiceDate(c.withBilled(c.billed().withPayer(payer).withTotalCharge(charge))
                .withLedger(c.ledger().withAmounts(paid, Money.ZERO, Money.ZERO)), LocalDate.ofInstant(createdAt, ZoneOffset.UTC));
    }

    /** The claim for a visit on another day. */
    static Claim withServiceDate(Claim c, LocalDate date) {
        return c.withBilled(c.billed().withDetails(c.details().withServiceDate(date)));
    }

    /** The claim moved along the contract's table through {@code path}, each move at {@code at}. */
    static Claim moved(Claim c, Instant at, ClaimStatus... path) {
        Claim out = c;
        for (ClaimStatus s : path) {
            out = out.moveTo(s, "fixture", "test", at);
        }
        return out;
    }
}
