package org.openbilling.domain.submission;

import java.time.Instant;
import java.util.List;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.SubmissionId;

/**
 * One 837P batch as it was sent: the claims asked for, the voids that went along (frequency 8), the control
 * numbers that a 999 quotes back, and the X12 text itself.
 */
public record Submission(SubmissionId id, PracticeId practiceId, List<ClaimId> claimIds, List<ClaimId> voidClaimIds,
                         ControlNumbers controlNumbers, String x12, Instant createdAt, String actor) {
    public Submission {
        claimIds = List.copyOf(claimIds);
        voidClaimIds = voidClaimIds == null ? List.of() : List.copyOf(voidClaimIds);
    }

    /** Every claim in the batch: those asked for, then the voids. */
    public List<ClaimId> allClaimIds() {
        return java.util.stream.Stream.concat(claimIds.stream(), voidClaimIds.stream()).toList();
    }

    /**
     * The control numbers as written: ISA13 (nine digits), GS06, and ST02 of each transaction set (the batch has
     * one). They are unique per practice, taken from one counter.
     */
    public record ControlNumbers(String interchange, String group, List<String> transactions) {
        public ControlNumbers {
            transactions = List.copyOf(transactions);
        }

        /** The numbers X12 uses for counter value {@code n}: ISA13 {@code 000000042}, GS06 {@code 42}, ST02 {@code 0042}. */
        public static ControlNumbers of(long n) {
            return new ControlNumbers(String.format("%09d", n), Long.toString(n), List.of(String.format("%04d", n)));
        }

        /** True when an X12 control number (leading zeros or not) names this batch's transaction set. */
        public boolean hasTransaction(String controlNumber) {
            return transactions.stream().anyMatch(t -> sameNumber(t, controlNumber));
        }

        /** Control numbers compare as numbers: {@code 0042} is {@code 42}. */
        public static boolean sameNumber(String a, String b) {
            return a != null && b != null && strip(a).equals(strip(b));
        }

        public static String strip(String n) {
            String t = n.strip();
            int i = 0;
            while (i < t.length() - 1 && t.charAt(i) == '0') {
                i++;
            }
            return t.substring(i);
        }
    }
}
