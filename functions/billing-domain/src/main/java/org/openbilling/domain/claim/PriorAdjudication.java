package org.openbilling.domain.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openbilling.domain.common.Money;

/**
 * What a payer before this claim's payer decided on the same visit, as the next claim carries it to the next payer
 * (its 837P's 2320/2330B and, per line, 2430): the payer and its place in the chain, its claim control number when
 * known, the adjudication date, what it paid, what it left the patient (the remaining patient liability), its
 * claim-level adjustments and remark codes, and each line it adjudicated. A denial is paid 0 with the denial's
 * adjustments. A snapshot taken when the adjudication was posted: what the next payer was told.
 */
public record PriorAdjudication(org.openbilling.domain.encounter.CoveragePosition position, Payer payer,
                                String payerClaimControlNumber, LocalDate adjudicationDate, Money paidAmount,
                                Money remainingPatientLiability, List<Adjustment> adjustments, List<String> remarkCodes,
                                List<Line> lines) {
    public PriorAdjudication {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(adjudicationDate, "adjudicationDate");
        Objects.requireNonNull(paidAmount, "paidAmount");
        Objects.requireNonNull(remainingPatientLiability, "remainingPatientLiability");
        adjustments = List.copyOf(adjustments);
        remarkCodes = List.copyOf(remarkCodes);
        lines = List.copyOf(lines);
    }

    /**
     * One of our lines as the payer adjudicated it: what it paid, the line's adjustments and, when the payer left the
     * patient's share on the lines only, what the patient still owes on it (null: reported on the claim).
     */
    public record Line(int lineNumber, String procedureCode, List<String> modifiers, BigDecimal units,
                       Money paidAmount, List<Adjustment> adjustments, Money remainingPatientLiability) {
        public Line {
            Objects.requireNonNull(procedureCode, "procedureCode");
            Objects.requireNonNull(paidAmount, "paidAmount");
            modifiers = List.copyOf(modifiers);
            adjustments = List.copyOf(adjustments);
        }

        /** Paid plus the payer's adjustments not owed by the patient: what this payer settled of the line. */
        public Money settled() {
            return paidAmount.plus(adjustments.stream().filter(a -> !a.isPatientShare()).map(Adjustment::amount)
                    .reduce(Money.ZERO, Money::plus));
        }
    }

    /**
     * The adjudication {@code a} posted on {@code claim} (an 835's CLP or one entered by hand), dated {@code date}:
     * the line-level adjustments go to their lines, the rest stay on the claim. Every line the payer paid or adjusted
     * is listed, with the claim's procedure and units (the payer adjudicated what was billed). The remaining patient
     * liability is the PR total; it is put on the lines when the payer reported the share on the lines only. When
     * a listed line does not balance on its own (charge = paid + its adjustments), no lines are listed and every
     * adjustment is told at claim level.
     */
    public static PriorAdjudication of(Claim claim, Adjudication a, LocalDate date) {
        List<Adjustment> claimLevel = new ArrayList<>();
        Map<Integer, List<Adjustment>> byLine = new LinkedHashMap<>();
        for (Adjustment x : a.adjustments()) {
            if (x.lineNumber() == null) {
                claimLevel.add(x);
            } else {
                byLine.computeIfAbsent(x.lineNumber(), k -> new ArrayList<>()).add(x);
            }
        }
        boolean sharePerLine = claimLevel.stream().noneMatch(Adjustment::isPatientShare);
        List<Line> lines = new ArrayList<>();
        for (ClaimLine l : claim.lines()) {
            Money paid = a.linePaid().get(l.lineNumber());
            List<Adjustment> adj = byLine.getOrDefault(l.lineNumber(), List.of());
            if (paid == null && adj.isEmpty()) {
                continue;
            }
            Money share = adj.stream().filter(Adjustment::isPatientShare).map(Adjustment::amount)
                    .reduce(Money.ZERO, Money::plus);
            lines.add(new Line(l.lineNumber(), l.code(), l.modifiers(), BigDecimal.valueOf(l.units()),
                    paid == null ? Money.ZERO : paid, adj, sharePerLine ? share : null));
        }
        boolean linesBalance = true;
        for (Line l : lines) {
            Money charge = claim.lines().stream().filter(x -> x.lineNumber() == l.lineNumber()).findFirst()
                    .orElseThrow().charge();
            Money accounted = l.adjustments().stream().map(Adjustment::amount).reduce(l.paidAmount(), Money::plus);
            linesBalance &= accounted.compareTo(charge) == 0;
        }
        if (!linesBalance) {
            // the payer (or the person entering its EOB) did not settle each line on its own: the next payer is told
            // the adjudication at claim level only, every adjustment with it, so that what it is told balances
            claimLevel = a.adjustments().stream().map(x -> new Adjustment(x.groupCode(), x.reasonCode(),
                    x.description(), x.amount(), null, x.quantity(), x.groupDescription())).toList();
            lines = List.of();
        }
        return new PriorAdjudication(claim.payerSequence(), claim.payer(), a.payerClaimControlNumber() != null
                ? a.payerClaimControlNumber() : claim.payerClaimControlNumber() == null ? null
                : claim.payerClaimControlNumber().value(), date, a.paidAmount(), a.patientResponsibility(),
                claimLevel, a.remarks().stream().filter(r -> r.lineNumber() == null).map(Remark::code).toList(),
                lines);
    }

    /**
     * The adjudication standing on {@code claim} (posted earlier, from an 835 or by hand), dated {@code date}, as the
     * next payer is told it: for a later coverage added after the payer decided. The claim's payer claim control
     * number and claim-level remarks go with it.
     *
     * @throws IllegalStateException when no adjudication stands on the claim
     */
    public static PriorAdjudication ofStanding(Claim claim, LocalDate date) {
        Posting p = claim.standingPosting().orElseThrow(() -> new IllegalStateException("claim "
                + claim.claimNumber().value() + " has no adjudication standing"));
        return of(claim, new Adjudication(p.key(), false, p.outcome(), p.paidAmount(), p.adjustments(), p.linePaid(),
                claim.remarks(), null, null, ""), date);
    }

    /**
     * What this payer settled of a line (paid plus its adjustments not owed by the patient): the line's own entry,
     * else nothing (the payer adjudicated at claim level).
     */
    public Money settledOn(int lineNumber) {
        return lines.stream().filter(l -> l.lineNumber() == lineNumber).map(Line::settled).findFirst()
                .orElse(Money.ZERO);
    }
}
