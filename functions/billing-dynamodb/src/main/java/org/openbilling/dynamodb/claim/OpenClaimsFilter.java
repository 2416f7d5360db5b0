package org.openbilling.dynamodb.claim;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.dynamodb.support.Keys;

/**
 * Which open claims an analyst asks for, and in which order of age. {@code basis} picks the index (sorted by
 * date of service or by first submission); {@code startedBefore} (null: no bound) keeps claims whose age began
 * before that day, which is how a minimum age is asked.
 */
public record OpenClaimsFilter(Set<ClaimStatus> statuses, String payerId, AgeBasis basis, LocalDate startedBefore,
                               ZoneId zone, boolean oldestFirst) {
    public OpenClaimsFilter {
        if (basis == null || zone == null) {
            throw new IllegalArgumentException("an open-claims filter needs an age basis and the practice's zone");
        }
    }

    /** The index sort key below which claims started before {@link #startedBefore} (exclusive); null for none. */
    String sortKeyBefore() {
        if (startedBefore == null) {
            return null;
        }
        return basis == AgeBasis.DATE_OF_SERVICE ? startedBefore.toString()
                : Keys.instant(startedBefore.atStartOfDay(zone).toInstant());
    }

    /** The attribute the filter's index sorts by. */
    String sortAttribute() {
        return basis == AgeBasis.DATE_OF_SERVICE ? "serviceSk" : "ageSk";
    }

    /** Identifies the list in cursors, so that a cursor of one filter cannot be replayed on another. */
    String listKey() {
        return (statuses == null ? "*" : new TreeSet<>(statuses).toString()) + "|" + payerId + "|" + basis + "|"
                + sortKeyBefore() + "|" + oldestFirst;
    }
}
