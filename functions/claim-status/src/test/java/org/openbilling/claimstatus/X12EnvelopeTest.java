package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.remittance.RemittanceRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;

/**
 * A 999, 277CA or 835 whose envelope does not add up (segments lost or added on the way) is refused as a whole with
 * a 400 naming the trailer at fault, and changes nothing; the same file with its envelope right is then posted.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class X12EnvelopeTest {
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;
    @Inject
    RemittanceRepository remittances;

    private final String practice = Practices.fresh();

    private Claim reload(Claim c) {
        return claims.find(c.practiceId(), c.id()).orElseThrow();
    }

    /** The position of the first segment starting {@code tag*} (1-based, as the readers count). */
    private static int position(String x12, String tag) {
        String[] segments = x12.split("~");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].strip().startsWith(tag + "*")) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + tag);
    }

    private static void assertRefusedAt(io.restassured.response.ExtractableResponse<?> r, String field) {
        assertEquals(400, r.statusCode(), r.body().asString());
        assertEquals("x12-malformed", r.path("errors[0].rule"));
        assertEquals(field, r.path("errors[0].field"));
    }

    @Test
    void post835_wrongSegmentCount_is400NamingTheSe_andChangesNothing() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        String trace = "ENV" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String x12 = X12Corpus.generated835(trace, RemittancesTest.PAYER, List.of(c.claimNumber().value()), false);
        // the SE segment itself (after a terminator), not "SE*1*" inside a CLP whose random claim number ends in SE
        String broken = x12.replaceFirst("(?<=~\\n?)SE\\*\\d+\\*", "SE*99*");

        assertRefusedAt(Flows.postX12("/remittances", practice, "partner", broken), "SE[" + position(broken, "SE") + "]");
        assertEquals(c.version(), reload(c).version());
        assertEquals(ClaimStatus.ACCEPTED, reload(c).status());
        assertTrue(remittances.find(c.practiceId(), RemittancesTest.PAYER, trace).isEmpty());

        var posted = Flows.postX12("/remittances", practice, "partner", x12);
        assertEquals(200, posted.statusCode(), posted.body().asString());
        assertEquals(1, (int) posted.path("claimsPaid"));
        assertEquals(false, posted.path("alreadyPosted"));
    }

    @Test
    void post835_ieaControlNumberOtherThanIsa13_is400NamingTheIea() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        String trace = "ENV" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String broken = X12Corpus.generated835(trace, RemittancesTest.PAYER, List.of(c.claimNumber().value()), false)
                .replace("IEA*1*000000401", "IEA*1*000000402");
        assertRefusedAt(Flows.postX12("/remittances", practice, "partner", broken), "IEA[" + position(broken, "IEA") + "]");
        assertEquals(c.version(), reload(c).version());
    }

    @Test
    void ack999_seControlNumberOtherThanSt02_is400NamingTheSe_andLeavesTheBatchSubmitted() {
        Practices.readyForX12(practices, practice);
        Claim a = Practices.aReadyClaim(claims, practice);
        var r = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"claimIds\":[\"" + a.id().value() + "\"]}").post("/submissions").then().statusCode(201).extract();
        String x12 = X12Corpus.load("999-accepted.edi", Map.of("GROUP", r.path("controlNumbers.group"),
                "ST02", r.path("controlNumbers.transactions[0]")));
        long version = reload(a).version();
        String broken = x12.replace("SE*6*0001", "SE*6*0002");

        assertRefusedAt(Flows.postX12("/acknowledgements", practice, "partner", broken), "SE[" + position(broken, "SE") + "]");
        assertEquals(version, reload(a).version());
        String wrongGroupCount = x12.replace("GE*1*901", "GE*2*901");
        assertRefusedAt(Flows.postX12("/acknowledgements", practice, "partner", wrongGroupCount),
                "GE[" + position(wrongGroupCount, "GE") + "]");
        assertEquals(version, reload(a).version());

        var accepted = Flows.postX12("/acknowledgements", practice, "partner", x12);
        assertEquals(200, accepted.statusCode(), accepted.body().asString());
        assertEquals(1, (int) accepted.path("accepted"));
    }

    @Test
    void ack277ca_wrongSegmentCount_is400NamingTheSe_andAcceptsNothing() {
        Claim accepted = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        String x12 = X12Corpus.load("277ca-mixed.edi", Map.of("ACCEPTED", accepted.claimNumber().value(),
                "REJECTED", "ZZNONE0001", "LOWER", "zznone0002", "OTHER", "ZZNONE0003"));
        String broken = x12.replace("SE*42*0001", "SE*43*0001");
        assertRefusedAt(Flows.postX12("/acknowledgements", practice, "partner", broken), "SE[" + position(broken, "SE") + "]");
        assertEquals(ClaimStatus.SUBMITTED, reload(accepted).status());
        assertEquals(accepted.version(), reload(accepted).version());
    }
}
