package org.openbilling.x12;

import java.io.InputStream;
import java.util.List;

/** Reads X12 277 claim status responses (005010X212): one {@link ClaimStatusAnswer} per claim (2200D/2200E). */
public final class ClaimStatus277Reader {

    /** Every claim answered in the file, in order. */
    public List<ClaimStatusAnswer> read(String x12) {
        return read(Segments.read(x12));
    }

    /** Every claim answered in the stream, in order. */
    public List<ClaimStatusAnswer> read(InputStream x12) {
        return read(Segments.read(x12));
    }

    private List<ClaimStatusAnswer> read(List<Segment> segments) {
        // TRN02 of a 277 echoes the trace of our 276 (2200D TRN02); REF*EJ our claim number
        return Claims277.read(segments, "277").stream().map(c -> new ClaimStatusAnswer(c.trace(),
                c.patientAccountNumber(), c.payerClaimControlNumber(), c.categoryCode(), c.statusCodes(),
                c.statusDate(), c.totalCharge(), c.paidAmount(), c.adjudicationDate(), c.remittanceTrace(),
                c.reference())).toList();
    }
}
