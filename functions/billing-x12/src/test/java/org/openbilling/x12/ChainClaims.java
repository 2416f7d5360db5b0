package org.openbilling.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.encounter.CoveragePosition;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Relationship;

/**
 * Claims to a second and third payer for the COB tests (synthetic): the patient of {@link Claims#anOfficeVisit} with
 * a commercial primary, Medicare as secondary (working aged, SBR05 12) and Medicaid as tertiary.
 */
final class ChainClaims {
    static final LocalDate PRIMARY_PAID = LocalDate.of(2026, 3, 15);
    static final LocalDate SECONDARY_PAID = LocalDate.of(2026, 3, 29);

    private ChainClaims() {
    }

    static Coverage acme() {
        return Claims.selfCoverage();
    }

    static Coverage medicare() {
        return new Coverage("MCR01", "Medicare Part B", "1EG4TE5MK73", null, "MB", Relationship.SELF, null);
    }

    static Coverage medicaid() {
        return new Coverage("MCD77", "State Medicaid", "MCD99887766", null, "MC", Relationship.SELF, null);
    }

    static Coverage secondMutual() {
        return new Coverage("87726", "Second Mutual", "S55555", "SM-9", "CI", Relationship.SELF, null);
    }

    static Adjustment cas(String group, String reason, String amount) {
        return new Adjustment(group, reason, null, Money.of(amount), null, null, null);
    }

    static Adjustment cas(String group, String reason, String amount, String quantity) {
        return new Adjustment(group, reason, null, Money.of(amount), null, new BigDecimal(quantity), null);
    }

    /** The primary payer's adjudication (the writer takes the payer from the claim's coverage at the same place). */
    static PriorAdjudication prior(String payerClaimControlNumber, LocalDate date, Money paid, Money remaining,
                                   List<Adjustment> adjustments, List<String> remarkCodes,
                                   List<PriorAdjudication.Line> lines) {
        return prior(CoveragePosition.PRIMARY, payerClaimControlNumber, date, paid, remaining, adjustments,
                remarkCodes, lines);
    }

    static PriorAdjudication prior(CoveragePosition position, String payerClaimControlNumber, LocalDate date,
                                   Money paid, Money remaining, List<Adjustment> adjustments, List<String> remarkCodes,
                                   List<PriorAdjudication.Line> lines) {
        return new PriorAdjudication(position, null, payerClaimControlNumber, date, paid, remaining, adjustments,
                remarkCodes, lines);
    }

    static PriorAdjudication.Line line(int n, String code, List<String> modifiers, String paid,
                                       String liability, Adjustment... adjustments) {
        return new PriorAdjudication.Line(n, code, modifiers, BigDecimal.ONE, Money.of(paid), List.of(adjustments),
                liability == null ? null : Money.of(liability));
    }

    /** The office visit (99213-25 125.00, 81002 15.50) paid by the primary with CO-45, PR-1 and PR-2 line by line. */
    static PriorAdjudication primaryPaid() {
        return prior("26030912345", PRIMARY_PAID, Money.of("68.00"), Money.of("32.00"), List.of(),
                List.of(), List.of(
                        line(1, "99213", List.of("25"), "60.00", "30.00", cas("CO", "45", "35.00"),
                                cas("PR", "1", "20.00"), cas("PR", "2", "10.00", "2")),
                        line(2, "81002", List.of(), "8.00", "2.00", cas("CO", "45", "5.50"), cas("PR", "2", "2.00"))));
    }

    /** The office visit denied by the primary at the claim level (CO-50, not medically necessary), no lines. */
    static PriorAdjudication primaryDenied() {
        return prior("26030900077", PRIMARY_PAID, Money.ZERO, Money.ZERO,
                List.of(cas("CO", "50", "140.50")), List.of("N115"), List.of());
    }

    /** Line 1 paid, line 2 denied as bundled (CO-97), a claim-level PR-1 deductible. */
    static PriorAdjudication primaryPartlyPaid() {
        return prior(null, PRIMARY_PAID, Money.of("70.00"), Money.of("20.00"),
                List.of(cas("PR", "1", "20.00")), List.of(), List.of(
                        line(1, "99213", List.of("25"), "90.00", null, cas("CO", "45", "35.00")),
                        line(2, "81002", List.of(), "0", null, cas("CO", "97", "15.50"))));
    }

    /** Medicare as secondary after {@link #primaryPaid}: pays 80% of what the primary left the patient. */
    static PriorAdjudication secondaryPaid() {
        return prior(CoveragePosition.SECONDARY, "MCR2603290001", SECONDARY_PAID, Money.of("25.60"), Money.of("6.40"),
                List.of(), List.of("MA18"), List.of(
                        line(1, "99213", List.of("25"), "24.00", "6.00", cas("CO", "23", "95.00"),
                                cas("PR", "2", "6.00")),
                        line(2, "81002", List.of(), "1.60", "0.40", cas("CO", "23", "13.50"), cas("PR", "2", "0.40"))));
    }

    /**
     * A batch for the writer's benchmark of claims after the first payer: in turn Medicare as secondary after a
     * paid primary (a tertiary coverage after it), a commercial secondary after a denial, one after a partly paid
     * primary, and a tertiary after both.
     */
    static List<CoordinatedClaim> aMixedBatch(int size) {
        List<CoordinatedClaim> batch = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String number = String.format("CLMC%05d", i);
            batch.add(switch (i % 4) {
                case 0 -> secondary(number, primaryPaid());
                case 1 -> commercialSecondary(number, primaryDenied());
                case 2 -> commercialSecondary(number, primaryPartlyPaid());
                default -> tertiary(number);
            });
        }
        return batch;
    }

    static Claim to(Coverage coverage, String number) {
        Claim visit = Claims.anOfficeVisit(number);
        return visit.withBilled(visit.billed().withPayer(new Payer(coverage.payerId(), coverage.payerName())));
    }

    /** The office visit to Medicare as secondary, Medicaid after it. */
    static CoordinatedClaim secondary(String number, PriorAdjudication primary) {
        return new CoordinatedClaim(to(medicare(), number), List.of(PayerCoverage.of(acme()),
                new PayerCoverage(medicare(), "12"), PayerCoverage.of(medicaid())), PayerSequence.SECONDARY,
                List.of(primary));
    }

    /** The office visit to a commercial secondary (no Medicare), no third payer. */
    static CoordinatedClaim commercialSecondary(String number, PriorAdjudication primary) {
        return new CoordinatedClaim(to(secondMutual(), number), List.of(PayerCoverage.of(acme()),
                PayerCoverage.of(secondMutual())), PayerSequence.SECONDARY, List.of(primary));
    }

    /** The office visit to Medicaid as tertiary after the commercial primary and Medicare. */
    static CoordinatedClaim tertiary(String number) {
        return new CoordinatedClaim(to(medicaid(), number), List.of(PayerCoverage.of(acme()),
                new PayerCoverage(medicare(), "12"), PayerCoverage.of(medicaid())), PayerSequence.TERTIARY,
                List.of(primaryPaid(), secondaryPaid()));
    }
}
