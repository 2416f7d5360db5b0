package org.openbilling.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.gateway.GatewayError;
import org.openbilling.gateway.types.AgingReportView;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;

/** The A/R aging report for analysts, billers and admins. */
@GraphQLApi
@ApplicationScoped
public class AgingGraph {
    /** How far ahead an analyst may look (a month-end that has not come yet, a year at most). */
    static final int MAX_DAYS_AHEAD = 366;

    private final Caller caller;
    private final PracticeClock clock;
    private final AgingReports reports;

    public AgingGraph(Caller caller, PracticeClock clock, AgingReports reports) {
        this.caller = caller;
        this.clock = clock;
        this.reports = reports;
    }

    @Query("agingReport")
    @Description("A/R aging as of a day (default: today in the practice's time zone), read from the open-items "
            + "indexes only: buckets 0-30, 31-60, 61-90, 91-120 and 121+ days, overall and per payer. Insurance A/R is "
            + "aged by ageBy: DATE_OF_SERVICE (the default, as most practice systems do) or FIRST_SUBMISSION.")
    public @NonNull AgingReportView agingReport(LocalDate asOf, @DefaultValue("DATE_OF_SERVICE") AgeBasis ageBy) {
        PracticeId practice = caller.practice();
        LocalDate today = clock.today(practice);
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD)) || day.getYear() < 1900) {
            throw new GatewayError("as-of-out-of-range", "asOf", "asOf is a day from 1900 to a year from today");
        }
        return reports.report(practice, day, ageBy == null ? AgeBasis.DATE_OF_SERVICE : ageBy);
    }
}
