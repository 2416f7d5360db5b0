package org.openbilling.x12;

import java.io.InputStream;
import java.util.List;

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
        // TRN02 of a 277CA is the patient control number we sent in CLM01
        return Claims277.read(segments, "277CA").stream().map(c -> new ClaimAcknowledgement(c.trace(),
                c.payerClaimControlNumber(), c.patientLastName(), c.patientFirstName(), c.categoryCode(),
                c.statusCodes(), c.statusDate(), c.totalCharge())).toList();
    }
}
