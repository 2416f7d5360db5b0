package org.openbilling.dynamodb.claim;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.dynamodb.support.Keys;

/**
 * Which open claims an analyst asks for, and in which order of age. {@code basis} picks the index (sorted by
 * date of service or by first submission); {@code startedBefore} (null: no bound) keeps claims whose age began
 * before that day, which is how a minimum age is asked; {@code filingDeadlineBy} (null: no bound) keeps claims whose
 * filing deadline ({@code Deadlines}) is on or before that day, passed ones included.
 */
public record OpenClaimsFilter(Set<ClaimStatus> statuses, String payerId, AgeBasis basis, LocalDate startedBefore,
                               ZoneId zone, boolean oldestFirst, LocalDate filingDeadlineBy) {
    public OpenClaimsFilter {
        if (basis == null || zone == null) {
            throw new IllegalArgumentException("an open-claims filter needs an age basis and the practice's zone");
        }
    }

    /** A filter without a deadline bound. */
    public OpenClaimsFilter(Set<ClaimStatus> statuses, String payerId, AgeBasis basis, LocalDate startedBefore,
                            ZoneId zone, boolean oldestFirst) {
        this(statuses, payerId, basis, startedBefore, zone, oldestFirst, null);
    }

    /**
     * The index sort key below which the wanted claims lie (exclusive); null for none. By date of service a
     * deadline bound narrows it too: no payer's filing limit is shorter than {@code shortestFilingLimit}, so a claim
     * served after {@code filingDeadlineBy − shortestFilingLimit} cannot be due by then. Three days of slack cover
     * the month arithmetic (a service date on the 29th to 31st plus months lands on the same last day of a month).
     */
    String sortKeyBefore(Period shortestFilingLimit) {
        LocalDate before = startedBefore;
        if (basis == AgeBasis.DATE_OF_SERVICE && filingDeadlineBy != null) {
            LocalDate served = filingDeadlineBy.minus(shortestFilingLimit).plusDays(4);
            before = before == null || served.isBefore(before) ? served : before;
        }
        if (before == null) {
            return null;
        }
        return basis == AgeBasis.DATE_OF_SERVICE ? before.toString()
                : Keys.instant(before.atStartOfDay(zone).toInstant());
    }

    /** The sort key bound of the age filter alone. */
    String sortKeyBefore() {
        return new OpenClaimsFilter(statuses, payerId, basis, startedBefore, zone, oldestFirst, null)
                .sortKeyBefore(Period.ZERO);
    }

    /** The attribute the filter's index sorts by. */
    String sortAttribute() {
        return basis == AgeBasis.DATE_OF_SERVICE ? "serviceSk" : "ageSk";
    }

    /** Identifies the list in cursors, so that a cursor of one filter cannot be replayed on another. */
    String listKey() {
        return (statuses == null ? "*" : new TreeSet<>(statuses).toString()) + "|" + payerId + "|" + basis + "|"
                + sortKeyBefore() + "|" + oldestFirst + (filingDeadlineBy == null ? "" : "|filing<=" + filingDeadlineBy);
    }
}
