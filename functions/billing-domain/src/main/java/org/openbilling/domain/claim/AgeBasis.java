package org.openbilling.domain.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * What an open claim's age counts from in A/R aging and the open-claims lists. Most practice systems age by date
 * of service: a claim sent late is as old as its visit, and payers' filing limits count from that day too. Aging by
 * first submission shows how long the payer has had it.
 */
public enum AgeBasis {
    /** The claim's date of service (its first day). */
    DATE_OF_SERVICE,
    /** The claim's first submission, or its creation while it has never been submitted. */
    FIRST_SUBMISSION;

    /** The day a claim's age begins, in the practice's time zone. */
    public LocalDate start(Claim claim, ZoneId zone) {
        return start(claim.serviceDate(), claim.ageFrom(), zone);
    }

    /** The same from a claim's date of service and {@link Claim#ageFrom()} (a claim's public answer has both). */
    public LocalDate start(LocalDate serviceDate, Instant ageFrom, ZoneId zone) {
        return this == DATE_OF_SERVICE ? serviceDate : ageFrom.atZone(zone).toLocalDate();
    }

    /** A claim's age in whole days on {@code asOf}; never below zero. */
    public long ageDays(Claim claim, LocalDate asOf, ZoneId zone) {
        return days(start(claim, zone), asOf);
    }

    /** Whole days from the day an age began to {@code asOf}; never below zero (a clock a little ahead). */
    public static long days(LocalDate start, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(start, asOf));
    }
}
