package org.openbilling.domain.workqueue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;

/**
 * A claim's deadlines, derived from what the claim holds (date of service, payer, filing indicator, the denial in
 * its history) and the payer's limits: nothing extra is stored on the claim, so a changed limit applies at once.
 */
public final class Deadlines {
    private final PayerLimits limits;

    public Deadlines(PayerLimits limits) {
        this.limits = limits;
    }

    public static Deadlines standard() {
        return new Deadlines(PayerLimits.table());
    }

    public PayerLimits.Limits limitsOf(Claim c) {
        return limits.of(c.payer() == null ? null : c.payer().payerId(), filingIndicator(c));
    }

    /** The last day the payer takes the claim: date of service plus the filing limit (open claims only). */
    public Optional<LocalDate> filingDeadline(Claim c) {
        if (!c.isOpen() || c.serviceDate() == null) {
            return Optional.empty();
        }
        return Optional.of(c.serviceDate().plus(limitsOf(c).filingLimit()));
    }

    /** The last day to appeal a DENIED claim: the day of the denial plus the appeal limit. */
    public Optional<LocalDate> appealDeadline(Claim c, ZoneId zone) {
        if (c.status() != ClaimStatus.DENIED) {
            return Optional.empty();
        }
        return deniedAt(c).map(at -> at.atZone(zone).toLocalDate().plus(limitsOf(c).appealLimit()));
    }

    /** The deadline a person must act by now: filing until the payer accepted the claim, appeal while denied. */
    public Optional<LocalDate> pending(Claim c, ZoneId zone) {
        return switch (c.status()) {
            case READY, SUBMITTED, REJECTED -> filingDeadline(c);
            case DENIED -> appealDeadline(c, zone);
            default -> Optional.empty();
        };
    }

    /** When the claim last became DENIED. */
    public static Optional<Instant> deniedAt(Claim c) {
        for (int i = c.history().size() - 1; i >= 0; i--) {
            HistoryEntry h = c.history().get(i);
            if (h.to() == ClaimStatus.DENIED && h.from() != ClaimStatus.DENIED) {
                return Optional.of(h.at());
            }
        }
        return Optional.empty();
    }

    /** The claim filing indicator (SBR09) of the coverage the claim bills; null when unknown. */
    static String filingIndicator(Claim c) {
        if (c.details() == null || c.details().primaryCoverage() == null) {
            return null;
        }
        return c.details().primaryCoverage().filingIndicator();
    }
}
