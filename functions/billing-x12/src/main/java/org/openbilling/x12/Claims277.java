package org.openbilling.x12;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.common.Money;

/**
 * The claim level (2200D/2200E) of a 277, which the 277CA (005010X214) and the claim status response (005010X212)
 * share: TRN02, the claim-level STC composites, REF*1K and REF*EJ. Each reader maps it to its own answer.
 */
final class Claims277 {
    private Claims277() {
    }

    /** One claim's status as the file gives it; {@code trace} is TRN02. */
    record Claim277(String trace, String patientAccountNumber, String payerClaimControlNumber, String patientLastName,
                    String patientFirstName, String categoryCode, List<String> statusCodes, LocalDate statusDate,
                    Money totalCharge, Money paidAmount, LocalDate adjudicationDate, String remittanceTrace,
                    String reference) {
    }

    /** Every claim of the file in order; {@code kind} names the file in errors ("277CA", "277"). */
    static List<Claim277> read(List<Segment> segments, String kind) {
        List<Claim277> claims = new ArrayList<>();
        Builder claim = null;
        boolean patientLevel = false;
        String last = "";
        String first = "";
        String reference = null;
        for (Segment s : segments) {
            switch (s.tag()) {
                case "BHT" -> reference = s.el(3);
                case "HL" -> {
                    claim = flush(claim, claims);
                    String level = s.code(3);
                    // X214 uses PT for the patient level; X212 and older senders use 22/23 as in the 837
                    patientLevel = level.equals("PT") || level.equals("22") || level.equals("23");
                    last = "";
                    first = "";
                }
                case "NM1" -> {
                    if (patientLevel && (s.code(1).equals("QC") || s.code(1).equals("IL"))) {
                        last = s.el(3);
                        first = s.el(4);
                    }
                }
                case "TRN" -> {
                    if (patientLevel && s.el(1).equals("2")) {
                        claim = flush(claim, claims);
                        claim = new Builder(s, s.require(2, "claim trace"), last, first, reference, kind);
                    }
                }
                case "STC" -> {
                    if (claim != null && !claim.inServiceLines) {
                        claim.status(s);
                    }
                }
                case "REF" -> {
                    if (claim != null && !claim.inServiceLines) {
                        if (s.code(1).equals("1K")) {
                            claim.payerClaimControlNumber = s.el(2);
                        } else if (s.code(1).equals("EJ")) {
                            claim.patientAccountNumber = s.el(2);
                        }
                    }
                }
                case "SVC" -> {
                    if (claim != null) {
                        claim.inServiceLines = true; // STCs after SVC are line-level (2220D)
                    }
                }
                case "SE", "ST" -> {
                    claim = flush(claim, claims);
                    patientLevel = false;
                }
                default -> {
                }
            }
        }
        flush(claim, claims);
        // after the content, so that a segment the reader cannot place is named as such, not as a miscount
        EnvelopeCheck.check(segments);
        return claims;
    }

    private static Builder flush(Builder claim, List<Claim277> claims) {
        if (claim != null) {
            claims.add(claim.build());
        }
        return null;
    }

    private static final class Builder {
        final String trace;
        final String last;
        final String first;
        final String reference;
        final String kind;
        String payerClaimControlNumber;
        String patientAccountNumber;
        String category;
        final List<String> statuses = new ArrayList<>();
        LocalDate date;
        Money charge;
        Money paid;
        LocalDate adjudicated;
        String remittanceTrace;
        boolean inServiceLines;
        Segment firstStc;
        final Segment trn;

        Builder(Segment trn, String trace, String last, String first, String reference, String kind) {
            this.trn = trn;
            this.trace = trace;
            this.last = last;
            this.first = first;
            this.reference = reference;
            this.kind = kind;
        }

        void status(Segment s) {
            if (firstStc == null) {
                firstStc = s;
                category = Segment.upper(s.comp(1, 1));
                date = s.dateOrNull(2, "status date");
                charge = s.moneyOrNull(4, "total claim charge");
                paid = s.moneyOrNull(5, "claim payment amount");
                adjudicated = s.dateOrNull(6, "adjudication finalized date");
                String check = s.el(9);
                remittanceTrace = check == null || check.isEmpty() ? null : check;
            }
            // STC01, STC10 and STC11 each carry a category:status[:entity] composite
            for (int i : new int[] {1, 10, 11}) {
                String[] c = s.components(i);
                if (c.length > 0 && c[0] != null && !c[0].isEmpty()) {
                    statuses.add(Segment.upper(String.join(":", c)));
                }
            }
        }

        Claim277 build() {
            if (firstStc == null) {
                throw trn.error("the " + kind + " claim " + trace + " has no STC status");
            }
            return new Claim277(trace, patientAccountNumber, payerClaimControlNumber, last, first, category, statuses,
                    date, charge, paid, adjudicated, remittanceTrace, reference);
        }
    }
}
