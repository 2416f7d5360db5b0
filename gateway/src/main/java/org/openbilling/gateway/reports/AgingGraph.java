package org.openbilling.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.gateway.Access;
import org.openbilling.gateway.GatewayError;
import org.openbilling.gateway.types.AgingReportView;
import org.openbilling.web.Caller;
import org.openbilling.web.PracticeClock;
import org.openbilling.web.Roles;

/** The A/R aging report for analysts, billers and admins. */
@GraphQLApi
@ApplicationScoped
public class AgingGraph {
    /** How far ahead an analyst may look (a month-end that has not come yet, a year at most). */
    static final int MAX_DAYS_AHEAD = 366;

    private final Access access;
    private final Caller caller;
    private final PracticeClock clock;
    private final AgingReports reports;

    public AgingGraph(Access access, Caller caller, PracticeClock clock, AgingReports reports) {
        this.access = access;
        this.caller = caller;
        this.clock = clock;
        this.reports = reports;
    }

    @Query("agingReport")
    @Description("A/R aging as of a day (default: today in the practice's time zone), read from the open-items "
            + "indexes only: buckets 0-30, 31-60, 61-90, 91-120 and 121+ days, overall and per payer.")
    public @NonNull AgingReportView agingReport(LocalDate asOf) {
        access.require(Roles.ANALYST, Roles.BILLER, Roles.ADMIN);
        PracticeId practice = caller.practice();
        LocalDate today = clock.today(practice);
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD)) || day.getYear() < 1900) {
            throw new GatewayError("as-of-out-of-range", "asOf", "asOf is a day from 1900 to a year from today");
        }
        return reports.report(practice, day);
    }
}
