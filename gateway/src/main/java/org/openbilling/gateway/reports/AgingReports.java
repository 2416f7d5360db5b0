package org.openbilling.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.claim.OpenClaimBalance;
import org.openbilling.gateway.types.AgingReportView;
import org.openbilling.gateway.types.AgingReportView.PayerAgingView;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * Builds the A/R aging report from one pass over an open-claims index (insurance side, overall and per payer;
 * by date of service or by first submission) and from {@link PatientReceivables} (patient side, from issuedOn).
 * Ages are whole calendar days in the practice's time zone.
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

    /**
     * The report as of a day, by {@code basis}. A claim whose age began after that day is left out (it was not
     * served, or not sent, yet); the balances are today's, since claims keep no history of their balances.
     */
    public AgingReportView report(PracticeId practice, LocalDate asOf, AgeBasis basis) {
        ZoneId zone = clock.zoneOf(practice);
        AgingTally insurance = new AgingTally();
        Map<String, PayerTally> payers = new HashMap<>();
        try (Stream<OpenClaimBalance> open = claims.openBalances(practice, basis, asOf, zone)) {
            open.forEach(b -> {
                long age = AgeBasis.days(b.ageStart(), asOf);
                insurance.add(age, b.insuranceBalance());
                // a payer is chased for its primary claims apart from those it pays after another payer
                PayerTally p = payers.computeIfAbsent(b.payerId() + "#" + b.payerSequence().name(),
                        id -> new PayerTally(b.payerId(), b.payerSequence().name()));
                p.tally.add(age, b.insuranceBalance());
                if (b.payerName() != null) {
                    p.name = b.payerName();
                }
            });
        }
        AgingTally patient = new AgingTally();
        patients.tally(practice, asOf, patient);
        List<PayerAgingView> byPayer = payers.entrySet().stream()
                .map(e -> new PayerAgingView(e.getValue().payerId, e.getValue().name, e.getValue().tally.count(),
                        e.getValue().tally.total().toPlainString(), e.getValue().tally.buckets(),
                        e.getValue().payerSequence))
                // largest balance first: the payers to chase; ties by id and place so that the order is stable
                .sorted(Comparator.comparing((PayerAgingView p) -> new BigDecimal(p.total())).reversed()
                        .thenComparing(PayerAgingView::payerId).thenComparing(PayerAgingView::payerSequence))
                .toList();
        return new AgingReportView(asOf, basis, insurance.buckets(), patient.buckets(), byPayer);
    }

    private static final class PayerTally {
        final AgingTally tally = new AgingTally();
        final String payerId;
        final String payerSequence;
        String name;

        PayerTally(String payerId, String payerSequence) {
            this.payerId = payerId;
            this.payerSequence = payerSequence;
        }
    }
}
