package org.openbilling.gateway.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.dynamodb.claim.OpenClaimsFilter;
import org.openbilling.gateway.AgeOrder;
import org.openbilling.gateway.OpenClaimsQuery;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.web.Roles;

/**
 * CSV exports for analysts: the open-claims list with the same filters and roles as GraphQL's {@code openClaims},
 * read page by page from the open-claims index. No patient name, birth date or member id: a downloaded file leaves
 * the app's access control and audit trail; the claim number and id lead back to the claim in the app.
 */
@Path("/reports")
public class ReportsResource {
    /**
     * The open-claims export's columns. Ages are whole days in the practice's time zone by the export's basis, as in
     * the aging report.
     */
    static List<CsvColumn<Claim>> openClaimColumns(AgeBasis basis, LocalDate today, ZoneId zone) {
        return List.of(
                CsvColumn.of("claimNumber", c -> c.claimNumber().value()),
                CsvColumn.of("claimId", c -> c.id().value()),
                CsvColumn.of("status", Claim::status),
                CsvColumn.of("payerId", c -> c.payer().payerId()),
                CsvColumn.of("payerName", c -> c.payer().payerName()),
                CsvColumn.of("payerSequence", Claim::payerSequence),
                CsvColumn.of("serviceDate", Claim::serviceDate),
                CsvColumn.of("createdAt", Claim::createdAt),
                CsvColumn.of("submittedAt", Claim::submittedAt),
                CsvColumn.of("ageDays", c -> basis.ageDays(c, today, zone)),
                CsvColumn.of("totalCharge", Claim::totalCharge),
                CsvColumn.of("paidAmount", Claim::paidAmount),
                CsvColumn.of("contractualAdjustment", Claim::contractualAdjustment),
                CsvColumn.of("patientResponsibility", Claim::patientResponsibility),
                CsvColumn.of("insuranceBalance", Claim::insuranceBalance),
                CsvColumn.of("filingDeadline", c -> FILING_DEADLINES.filingDeadline(c).orElse(null)));
    }

    private static final org.openbilling.domain.workqueue.Deadlines FILING_DEADLINES =
            org.openbilling.domain.workqueue.Deadlines.standard();

    /** The outstanding-invoices export's columns: no patient data, like the open-claims export (ids lead to it). */
    static List<CsvColumn<Invoice>> outstandingInvoiceColumns(LocalDate today) {
        return List.of(
                CsvColumn.of("invoiceNumber", Invoice::invoiceNumber),
                CsvColumn.of("invoiceId", v -> v.id().value()),
                CsvColumn.of("status", Invoice::status),
                CsvColumn.of("claimId", v -> v.claimId() == null ? null : v.claimId().value()),
                CsvColumn.of("issuedOn", Invoice::issuedOn),
                CsvColumn.of("dueOn", Invoice::dueOn),
                CsvColumn.of("ageDays", v -> java.time.temporal.ChronoUnit.DAYS.between(v.issuedOn(), today)),
                CsvColumn.of("amountDue", Invoice::amountDue),
                CsvColumn.of("amountPaid", Invoice::amountPaid),
                CsvColumn.of("adjustmentsTotal", Invoice::adjustmentsTotal),
                CsvColumn.of("balance", Invoice::balance));
    }

    private final ClaimRepository claims;
    private final InvoiceRepository invoices;
    private final CsvExport export;
    private final Caller caller;
    private final PracticeClock clock;

    public ReportsResource(ClaimRepository claims, InvoiceRepository invoices, CsvExport export, Caller caller,
                           PracticeClock clock) {
        this.claims = claims;
        this.invoices = invoices;
        this.export = export;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * GET /reports/open-claims.csv?statuses=DENIED,APPEALED&payerId=&minAgeDays=&orderBy=OLDEST_FIRST&ageBy=DATE_OF_SERVICE
     * &filingDeadlineWithinDays=: openClaims' filters (ageBy DATE_OF_SERVICE by default, or FIRST_SUBMISSION) as CSV.
     */
    @GET
    @Path("/open-claims.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    public Response openClaims(@QueryParam("statuses") List<String> statuses, @QueryParam("payerId") String payerId,
                               @QueryParam("minAgeDays") String minAgeDays, @QueryParam("orderBy") String orderBy,
                               @QueryParam("ageBy") String ageBy,
                               @QueryParam("filingDeadlineWithinDays") String filingDeadlineWithinDays) {
        PracticeId practice = caller.practice();
        ZoneId zone = clock.zoneOf(practice);
        LocalDate today = clock.today(practice);
        AgeBasis basis = parseEnum(AgeBasis.class, "ageBy", ageBy);
        OpenClaimsFilter filter = OpenClaimsQuery.filter(parseStatuses(statuses), blankToNull(payerId),
                parseInt("minAgeDays", minAgeDays), parseEnum(AgeOrder.class, "orderBy", orderBy), basis, today, zone,
                parseInt("filingDeadlineWithinDays", filingDeadlineWithinDays));
        return export.export("open-claims-" + today + ".csv", openClaimColumns(filter.basis(), today, zone),
                () -> claims.openStream(practice, filter));
    }

    /** GET /reports/outstanding-invoices.csv?minAgeDays=&orderBy=OLDEST_FIRST: outstandingInvoices as CSV. */
    @GET
    @Path("/outstanding-invoices.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    public Response outstandingInvoices(@QueryParam("minAgeDays") String minAgeDays, @QueryParam("orderBy") String orderBy) {
        PracticeId practice = caller.practice();
        LocalDate today = clock.today(practice);
        LocalDate before = OpenClaimsQuery.startedBefore(parseInt("minAgeDays", minAgeDays), today);
        AgeOrder order = parseEnum(AgeOrder.class, "orderBy", orderBy);
        return export.export("outstanding-invoices-" + today + ".csv", outstandingInvoiceColumns(today),
                () -> invoices.outstandingStream(practice, before, order != AgeOrder.NEWEST_FIRST));
    }

    /** Statuses as repeated parameters, comma-separated values, or both. */
    private static List<ClaimStatus> parseStatuses(List<String> values) {
        List<ClaimStatus> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(parseEnum(ClaimStatus.class, "statuses", part));
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("enum-value", field, "not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Integer parseInt(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("integer-format", field, field + " is a whole number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
