package org.openbilling.claimstatus;

import java.util.UUID;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.fixtures.Claims;

/** Test practices: a fresh id each, with X12 settings saved, and claims stored straight into them. */
final class Practices {
    private Practices() {
    }

    static String fresh() {
        return "p" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Saves complete X12 settings (submitter, receiver) for the practice. */
    static void readyForX12(PracticeRepository practices, String practice) {
        PracticeId id = new PracticeId(practice);
        PracticeSettings current = practices.find(id);
        practices.save(new PracticeSettings(id, "SUBMIT01", "LAKESIDE BILLING",
                new PracticeSettings.Contact("Billing Office", "2175550100", null), "CLEARHOUSE", "ACME CLEARINGHOUSE",
                "T", PracticeSettings.DEFAULT_ZONE, 30, current.version()));
    }

    static Claim aReadyClaim(ClaimRepository claims, String practice) {
        return claims.create(Claims.aReadyClaim(practice)).orElseThrow();
    }
}
