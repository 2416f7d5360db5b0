package org.openbilling.x12;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.common.Money;

/** Reads X12 277CA claim acknowledgments (005010X214): one {@link ClaimAcknowledgement} per claim (2200D). */
public final class Ack277CaReader {

    /** Every claim acknowledged in the file, in order. */
    public List<ClaimAcknowledgement> read(String x12) {
        return read(Segments.read(x12));
    }

    /** Every claim acknowledged in the stream, in order. */
    public List<ClaimAcknowledgement> read(InputStream x12) {
        return read(Segments.read(x12));
    }

    private List<ClaimAcknowledgement> read(List<Segment> segments) {
        List<ClaimAcknowledgement> claims = new ArrayList<>();
        Builder claim = null;
        boolean patientLevel = false;
        String last = "";
        String first = "";
        for (Segment s : segments) {
            switch (s.tag()) {
                case "HL" -> {
                    claim = flush(claim, claims);
                    String level = s.code(3);
                    // X214 uses PT for the patient level; older senders use 22/23 as in the 837
                    patientLevel = level.equals("PT") || level.equals("22") || level.equals("23");
                    last = "";
                    first = "";
                }
                case "NM1" -> {
                    if (patientLevel && s.code(1).equals("QC")) {
                        last = s.el(3);
                        first = s.el(4);
                    }
                }
                case "TRN" -> {
                    if (patientLevel && s.el(1).equals("2")) {
                        claim = flush(claim, claims);
                        claim = new Builder(s, s.require(2, "patient control number"), last, first);
                    }
                }
                case "STC" -> {
                    if (claim != null && !claim.inServiceLines) {
                        claim.status(s);
                    }
                }
                case "REF" -> {
                    if (claim != null && !claim.inServiceLines && s.code(1).equals("1K")) {
                        claim.payerClaimControlNumber = s.el(2);
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

    private static Builder flush(Builder claim, List<ClaimAcknowledgement> claims) {
        if (claim != null) {
            claims.add(claim.build());
        }
        return null;
    }

    private static final class Builder {
        final String claimNumber;
        final String last;
        final String first;
        String payerClaimControlNumber;
        String category;
        final List<String> statuses = new ArrayList<>();
        LocalDate date;
        Money charge;
        boolean inServiceLines;
        Segment firstStc;

        final Segment trn;

        Builder(Segment trn, String claimNumber, String last, String first) {
            this.trn = trn;
            this.claimNumber = claimNumber;
            this.last = last;
            this.first = first;
        }

        void status(Segment s) {
            if (firstStc == null) {
                firstStc = s;
                category = Segment.upper(s.comp(1, 1));
                date = s.dateOrNull(2, "status date");
                charge = s.moneyOrNull(4, "total claim charge");
            }
            // STC01, STC10 and STC11 each carry a category:status[:entity] composite
            for (int i : new int[] {1, 10, 11}) {
                String[] c = s.components(i);
                if (c.length > 0 && c[0] != null && !c[0].isEmpty()) {
                    statuses.add(Segment.upper(String.join(":", c)));
                }
            }
        }

        ClaimAcknowledgement build() {
            if (firstStc == null) {
                throw trn.error("the 277CA claim " + claimNumber + " has no STC status");
            }
            return new ClaimAcknowledgement(claimNumber, payerClaimControlNumber, last, first, category, statuses,
                    date, charge);
        }
    }
}
