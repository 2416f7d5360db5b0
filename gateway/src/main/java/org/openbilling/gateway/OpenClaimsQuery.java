package org.openbilling.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
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

    /** A filter from the caller's arguments (each may be null), or a rule violation naming the argument. */
    public static OpenClaimsFilter filter(Collection<ClaimStatus> statuses, String payerId, Integer minAgeDays,
                                         AgeOrder orderBy, Instant now) {
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
        requireMinAge(minAgeDays);
        Instant before = minAgeDays == null || minAgeDays == 0 ? null : now.minus(Duration.ofDays(minAgeDays));
        return new OpenClaimsFilter(wanted, payerId, before, orderBy != AgeOrder.NEWEST_FIRST);
    }

    /**
     * The outstanding-invoices bound for a minimum age (null: none): issued before {@code today − minAgeDays + 1}
     * means at least {@code minAgeDays} days old; the same range rule as open claims'.
     */
    public static LocalDate issuedBefore(Integer minAgeDays, LocalDate today) {
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
