package org.openbilling.x12;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.common.Money;
import org.openbilling.x12.X12ValidationException.Issue;

/**
 * The coordination-of-benefits rules a secondary or tertiary 837P must meet before it is written (005010X222A1's
 * balancing, as the README lists them). A finding names the claim, the payer and the line, so that the biller
 * knows which adjudication to look at; the payer would reject the claim for any of them.
 */
final class CoordinationRules {
    /** The guide allows five CAS segments in a 2320 and in a 2430. */
    static final int MAX_CAS = 5;
    /** Six reason/amount/quantity triplets in one CAS. */
    static final int TRIPLETS = 6;

    private CoordinationRules() {
    }

    /** Adds every finding on the claim's chain to {@code found}; none for a claim to its primary payer. */
    static void check(CoordinatedClaim chained, List<Issue> found) {
        Claim claim = chained.claim();
        String number = claim.claimNumber() == null ? "?" : claim.claimNumber().value();
        PayerCoverage destination = chained.coverage();
        if (chained.destination() != PayerSequence.PRIMARY && isMedicare(destination)
                && Envelope.isBlank(destination.medicareSecondaryPayerType())) {
            found.add(new Issue("SBR", 0, 5, 0, "COB_MEDICARE_SECONDARY_TYPE_MISSING", "claim " + number
                    + " goes to Medicare as the " + place(chained.destination()) + " payer: SBR05 must say why"
                    + " Medicare is not primary (12, 13, 14, 15, 16, 41, 42, 43 or 47)"));
        }
        for (int i = 0; i < chained.priorPayers().size(); i++) {
            PriorAdjudication adj = chained.priorPayers().get(i);
            String payer = "the " + place(PayerSequence.at(i)) + " payer "
                    + chained.coverages().get(i).coverage().payerName();
            check(claim, number, payer, adj, found);
        }
    }

    private static void check(Claim claim, String number, String payer, PriorAdjudication adj,
                              List<Issue> found) {
        if (casSegments(adj.adjustments()).size() > MAX_CAS) {
            found.add(new Issue("CAS", 0, 0, 0, "COB_TOO_MANY_ADJUSTMENTS", "claim " + number + ": " + payer
                    + "'s claim adjustments need more than " + MAX_CAS + " CAS segments"));
        }
        List<Adjustment> every = new ArrayList<>(adj.adjustments());
        adj.lines().forEach(l -> every.addAll(l.adjustments()));
        if (every.stream().anyMatch(a -> a.reasonCode() == null || a.reasonCode().isBlank())) {
            // CAS02 is required and no reason code stands for "unknown": never guessed
            found.add(new Issue("CAS", 0, 2, 0, "COB_ADJUSTMENT_REASON_MISSING", "claim " + number + ": " + payer
                    + " has an adjustment without a reason code (CAS02): enter its adjudication again with the reason"));
        }
        Map<Integer, ClaimLine> lines = new LinkedHashMap<>();
        for (ClaimLine l : claim.lines()) {
            lines.put(l.lineNumber(), l);
        }
        Set<Integer> adjudicated = new HashSet<>();
        Money lineAdjustments = Money.ZERO;
        Money lineLiability = Money.ZERO;
        boolean anyLineLiability = false;
        for (PriorAdjudication.Line l : adj.lines()) {
            String where = "claim " + number + " line " + l.lineNumber() + ": ";
            ClaimLine line = lines.get(l.lineNumber());
            if (line == null) {
                found.add(new Issue("SVD", 0, 0, 0, "COB_LINE_UNKNOWN", where + payer
                        + " adjudicated a line the claim does not have"));
                continue;
            }
            if (!adjudicated.add(l.lineNumber())) {
                // one 2430 per payer and line: an unbundled line (several 2430s balancing together) is not written
                found.add(new Issue("SVD", 0, 0, 0, "COB_LINE_TWICE", where + payer
                        + " adjudicated the line twice (unbundled lines are not supported)"));
                continue;
            }
            Money adjusted = sum(l.adjustments());
            lineAdjustments = lineAdjustments.plus(adjusted);
            if (l.remainingPatientLiability() != null) {
                anyLineLiability = true;
                lineLiability = lineLiability.plus(l.remainingPatientLiability());
            }
            if (line.charge().compareTo(l.paidAmount().plus(adjusted)) != 0) {
                found.add(new Issue("SVD", 0, 2, 0, "COB_LINE_UNBALANCED", where + payer
                        + "'s adjudication does not balance: the line charge " + line.charge() + " is not paid "
                        + l.paidAmount() + " + adjustments " + adjusted + describe(l.adjustments())));
            }
            if (casSegments(l.adjustments()).size() > MAX_CAS) {
                found.add(new Issue("CAS", 0, 0, 0, "COB_TOO_MANY_ADJUSTMENTS", where + payer
                        + "'s line adjustments need more than " + MAX_CAS + " CAS segments"));
            }
        }
        if (!adj.lines().isEmpty()) {
            for (ClaimLine line : claim.lines()) {
                if (!adjudicated.contains(line.lineNumber()) && !line.charge().isZero()) {
                    found.add(new Issue("SVD", 0, 0, 0, "COB_LINE_NOT_ADJUDICATED", "claim " + number + " line "
                            + line.lineNumber() + ": " + payer + " adjudicated the claim line by line but reported"
                            + " nothing for this line (charge " + line.charge() + ")"));
                }
            }
        }
        Money claimAdjustments = sum(adj.adjustments());
        Money accounted = adj.paidAmount().plus(claimAdjustments).plus(lineAdjustments);
        if (claim.totalCharge().compareTo(accounted) != 0) {
            found.add(new Issue("AMT", 0, 2, 0, "COB_CLAIM_UNBALANCED", "claim " + number + ": " + payer
                    + "'s adjudication does not balance: the claim charge " + claim.totalCharge() + " is not paid "
                    + adj.paidAmount() + " + claim adjustments " + claimAdjustments + " + line adjustments "
                    + lineAdjustments + " (" + accounted + ")"));
        }
        if (anyLineLiability && lineLiability.compareTo(adj.remainingPatientLiability()) != 0) {
            found.add(new Issue("AMT", 0, 2, 0, "COB_PATIENT_LIABILITY_UNBALANCED", "claim " + number + ": "
                    + payer + " leaves the patient " + adj.remainingPatientLiability() + ", but its lines leave "
                    + lineLiability));
        }
    }

    /**
     * The CAS segments for a list of adjustments: one group code per segment, groups in the order the payer first
     * used them, at most six triplets a segment (a seventh reason of a group opens another segment of that group).
     */
    static List<List<Adjustment>> casSegments(List<Adjustment> adjustments) {
        if (adjustments.isEmpty()) {
            return List.of();
        }
        Map<String, List<Adjustment>> byGroup = new LinkedHashMap<>();
        for (Adjustment a : adjustments) {
            byGroup.computeIfAbsent(a.groupCode().strip().toUpperCase(Locale.ROOT), g -> new ArrayList<>()).add(a);
        }
        List<List<Adjustment>> segments = new ArrayList<>();
        for (List<Adjustment> group : byGroup.values()) {
            for (int from = 0; from < group.size(); from += TRIPLETS) {
                segments.add(group.subList(from, Math.min(group.size(), from + TRIPLETS)));
            }
        }
        return segments;
    }

    private static boolean isMedicare(PayerCoverage coverage) {
        String filing = coverage.coverage().filingIndicator();
        return filing != null && (filing.strip().equalsIgnoreCase("MA") || filing.strip().equalsIgnoreCase("MB"));
    }

    private static String place(PayerSequence sequence) {
        return sequence.name().toLowerCase(Locale.ROOT);
    }

    private static Money sum(List<Adjustment> adjustments) {
        Money total = Money.ZERO;
        for (Adjustment a : adjustments) {
            total = total.plus(a.amount());
        }
        return total;
    }

    private static String describe(List<Adjustment> adjustments) {
        if (adjustments.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment a = adjustments.get(i);
            s.append(i == 0 ? "" : ", ").append(a.groupCode()).append('-').append(a.reasonCode()).append(' ')
                    .append(a.amount());
        }
        return s.append(')').toString();
    }
}
