package org.openbilling.domain.submission;

import java.time.Instant;
import java.util.List;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;

/**
 * One 276 claim status inquiry (005010X212) as it was made: the claims asked about, each with the trace the payer
 * echoes in its 277 (TRN02), the control numbers and BHT03 reference, and the X12 text. Its id derives from what was
 * asked (or the Idempotency-Key), so asking again answers the same batch.
 */
public record StatusInquiry(String id, PracticeId practiceId, List<InquiredClaim> claims,
                            Submission.ControlNumbers controlNumbers, String x12, Instant createdAt, String actor) {
    public StatusInquiry {
        claims = List.copyOf(claims);
    }

    /** A claim of the inquiry and its trace ({@code <claim number>-<part of the inquiry id>}). */
    public record InquiredClaim(ClaimId claimId, String claimNumber, String trace) {
    }

    /** Whether an id is an inquiry's ({@code q-} and 32 hex digits), never a batch's. */
    public static boolean isInquiryId(String id) {
        return id != null && id.length() == 34 && id.startsWith("q-") && id.substring(2).chars()
                .allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
    }

    /** The trace of a claim in the inquiry {@code inquiryId}: the claim number first, so a 277 names the claim. */
    public static String trace(String claimNumber, String inquiryId) {
        return claimNumber + "-" + inquiryId.substring(2, 12).toUpperCase(java.util.Locale.ROOT);
    }

    /** The claim number a trace of ours starts with, or null when the trace is not of that shape. */
    public static String claimNumberOf(String trace) {
        if (trace == null) {
            return null;
        }
        int dash = trace.lastIndexOf('-');
        return dash <= 0 ? null : trace.substring(0, dash).strip().toUpperCase(java.util.Locale.ROOT);
    }
}
