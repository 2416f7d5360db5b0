package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFrequency;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/** Steps the acknowledgement and remittance tests share. */
final class Flows {
    private Flows() {
    }

    /** A stored claim of the practice moved to {@code status} along the contract's table (READY → SUBMITTED → ...). */
    static Claim aClaimIn(ClaimRepository claims, String practice, ClaimStatus status) {
        return aClaimIn(claims, practice, status, null);
    }

    /**
     * {@code c} as a VOIDED claim whose frequency-8 void is still to be sent, with the payer's claim control number;
     * set directly, without the moves that lead there.
     */
    static Claim pendingVoid(Claim c, String payerClaimControlNumber) {
        return c.withLifecycle(c.lifecycle().withStatus(ClaimStatus.VOIDED)).withLinks(c.links()
                .withFrequency(ClaimFrequency.VOID).withVoidPending(true)
                .withPayerClaimControlNumber(new PayerClaimControlNumber(payerClaimControlNumber)));
    }

    /** The same, with a chosen claim number (two practices may use the same numbers). */
    static Claim aClaimIn(ClaimRepository claims, String practice, ClaimStatus status, String number) {
        Claim c = Claims.aReadyClaim(practice);
        if (number != null) {
            c = new Claim(c.id(), c.practiceId(), new ClaimNumber(number), c.encounterId(), c.billed(), c.ledger(),
                    c.lifecycle(), c.links(), c.version());
        }
        c = claims.create(c).orElseThrow();
        Instant now = Instant.now();
        if (status == ClaimStatus.READY) {
            return c;
        }
        c = claims.update(c.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent", now));
        if (status == ClaimStatus.SUBMITTED) {
            return c;
        }
        c = claims.update(c.moveTo(ClaimStatus.ACCEPTED, "fixture", "accepted", now));
        if (status == ClaimStatus.ACCEPTED) {
            return c;
        }
        return claims.update(c.moveTo(status, "fixture", "moved", now));
    }

    static ExtractableResponse<Response> postX12(String path, String practice, String role, String x12) {
        return given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/edi-x12")
                .body(x12.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).post(path).then().extract();
    }
}
