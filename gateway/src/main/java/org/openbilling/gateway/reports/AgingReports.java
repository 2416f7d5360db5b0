package org.openbilling.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.claim.OpenClaimBalance;
import org.openbilling.gateway.types.AgingReportView;
import org.openbilling.gateway.types.AgingReportView.PayerAgingView;
import org.openbilling.web.PracticeClock;

/**
 * Builds the A/R aging report from one pass over the open-claims index (insurance side, overall and per payer)
 * and from {@link PatientReceivables} (patient side). Ages are whole calendar days in the practice's time zone.
 */
@ApplicationScoped
public class AgingReports {
    private final ClaimRepository claims;
    private final PatientReceivables patients;
    private final PracticeClock clock;

    public AgingReports(ClaimRepository claims, PatientReceivables patients, PracticeClock clock) {
        this.claims = claims;
        this.patients = patients;
        this.clock = clock;
    }

    /** Age in days on {@code asOf} of something whose age began at {@code from}, in the practice's zone. */
    public static long ageDays(Instant from, LocalDate asOf, ZoneId zone) {
        return Math.max(0, ChronoUnit.DAYS.between(from.atZone(zone).toLocalDate(), asOf));
    }

    /**
     * The report as of a day. A claim whose age began after that day is left out (it did not exist yet); the
     * balances are today's, since claims keep no history of their balances.
     */
    public AgingReportView report(PracticeId practice, LocalDate asOf) {
        ZoneId zone = clock.zoneOf(practice);
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        AgingTally insurance = new AgingTally();
        Map<String, PayerTally> payers = new HashMap<>();
        try (Stream<OpenClaimBalance> open = claims.openBalances(practice, endOfDay)) {
            open.forEach(b -> {
                long age = ageDays(b.ageFrom(), asOf, zone);
                insurance.add(age, b.insuranceBalance());
                PayerTally p = payers.computeIfAbsent(b.payerId(), id -> new PayerTally());
                p.tally.add(age, b.insuranceBalance());
                if (b.payerName() != null) {
                    p.name = b.payerName();
                }
            });
        }
        AgingTally patient = new AgingTally();
        patients.tally(practice, asOf, patient);
        List<PayerAgingView> byPayer = payers.entrySet().stream()
                .map(e -> new PayerAgingView(e.getKey(), e.getValue().name, e.getValue().tally.count(),
                        e.getValue().tally.total().toPlainString(), e.getValue().tally.buckets()))
                // largest balance first: the payers to chase; ties by id so that the order is stable
                .sorted(Comparator.comparing((PayerAgingView p) -> new BigDecimal(p.total())).reversed()
                        .thenComparing(PayerAgingView::payerId))
                .toList();
        return new AgingReportView(asOf, insurance.buckets(), patient.buckets(), byPayer);
    }

    private static final class PayerTally {
        final AgingTally tally = new AgingTally();
        String name;
    }
}
