package org.openbilling.gateway;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.dynamodb.claim.OpenClaimsFilter;

/**
 * The filters of the open-claims list (and the outstanding-invoices minimum age), checked once for GraphQL and the
 * CSV exports alike.
 */
public final class OpenClaimsQuery {
    /** X12 payer identifiers (NM109) are at most 80 characters. */
    static final int MAX_PAYER_ID = 80;

    private OpenClaimsQuery() {
    }

    /**
     * A filter from the caller's arguments (each may be null; {@code ageBy} null ages by date of service), or a rule
     * violation naming the argument. Ages are whole days in the practice's time zone, as in the aging report.
     */
    public static OpenClaimsFilter filter(Collection<ClaimStatus> statuses, String payerId, Integer minAgeDays,
                                         AgeOrder orderBy, AgeBasis ageBy, LocalDate today, ZoneId zone) {
        return filter(statuses, payerId, minAgeDays, orderBy, ageBy, today, zone, null);
    }

    /**
     * The same with {@code filingDeadlineWithinDays} (null: no bound): claims whose filing deadline is on or before
     * {@code today + filingDeadlineWithinDays}, passed ones included (they are the most urgent), 0 to 3650 days.
     */
    public static OpenClaimsFilter filter(Collection<ClaimStatus> statuses, String payerId, Integer minAgeDays,
                                         AgeOrder orderBy, AgeBasis ageBy, LocalDate today, ZoneId zone,
                                         Integer filingDeadlineWithinDays) {
        if (filingDeadlineWithinDays != null && (filingDeadlineWithinDays < 0 || filingDeadlineWithinDays > 3650)) {
            throw new RuleViolationException("deadline-days-out-of-range", "filingDeadlineWithinDays",
                    "filingDeadlineWithinDays is from 0 to 3650");
        }
        Set<ClaimStatus> wanted = statusSet(statuses);
        if (wanted != null) {
            wanted.retainAll(ClaimStatus.OPEN);
            if (wanted.isEmpty()) {
                throw new RuleViolationException("status-not-open", "statuses", "open claims are READY, SUBMITTED, "
                        + "ACCEPTED, REJECTED, DENIED, APPEALED or PARTIALLY_PAID");
            }
        }
        if (payerId != null && payerId.length() > MAX_PAYER_ID) {
            // a payer id is part of an index key: bound it here rather than let DynamoDB refuse an oversized key
            throw new RuleViolationException("text-too-long", "payerId", "a payer id is at most " + MAX_PAYER_ID + " characters");
        }
        return new OpenClaimsFilter(wanted, payerId, ageBy == null ? AgeBasis.DATE_OF_SERVICE : ageBy,
                startedBefore(minAgeDays, today), zone, orderBy != AgeOrder.NEWEST_FIRST,
                filingDeadlineWithinDays == null ? null : today.plusDays(filingDeadlineWithinDays));
    }

    /**
     * The bound for a minimum age (null: none), for open claims and outstanding invoices alike: an age that began
     * before {@code today − minAgeDays + 1} is at least {@code minAgeDays} days.
     */
    public static LocalDate startedBefore(Integer minAgeDays, LocalDate today) {
        requireMinAge(minAgeDays);
        return minAgeDays == null || minAgeDays == 0 ? null : today.minusDays(minAgeDays - 1L);
    }

    private static void requireMinAge(Integer minAgeDays) {
        if (minAgeDays != null && (minAgeDays < 0 || minAgeDays > 36500)) {
            throw new RuleViolationException("min-age-out-of-range", "minAgeDays", "minAgeDays is from 0 to 36500");
        }
    }

    static Set<ClaimStatus> statusSet(Collection<ClaimStatus> statuses) {
        if (statuses == null) {
            return null;
        }
        Set<ClaimStatus> set = EnumSet.noneOf(ClaimStatus.class);
        statuses.stream().filter(Objects::nonNull).forEach(set::add);
        return set.isEmpty() ? null : set;
    }
}
