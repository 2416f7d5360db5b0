package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/**
 * A submission with one claim that cannot be written as an 837P (stored before intake checked it) names that claim
 * as the request listed it, {@code claimIds[i]}, instead of a segment of a batch the caller never saw, and nothing is
 * submitted: one such claim would make the clearinghouse's 999 reject the whole batch.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class UnwritableSubmissionsTest {
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;

    private final String practice = Practices.fresh();

    private ExtractableResponse<Response> submit(Claim... batch) {
        String ids = String.join(",", Arrays.stream(batch).map(c -> "\"" + c.id().value() + "\"").toList());
        return given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"claimIds\":[" + ids + "]}").post("/submissions").then().extract();
    }

    /** A READY claim stored as it was, its patient renamed without any rule run. */
    private Claim storedWithPatient(String first, String last) {
        Claim c = Claims.aReadyClaim(practice);
        Person p = c.patient();
        Person renamed = new Person(p.id(), first, last, p.dateOfBirth(), p.sex(), p.address());
        return claims.create(c.withBilled(c.billed().withDetails(c.details().withPatient(renamed)))).orElseThrow();
    }

    private void assertStillReady(Claim... batch) {
        for (Claim c : batch) {
            Claim now = claims.find(new PracticeId(practice), c.id()).orElseThrow();
            assertEquals(ClaimStatus.READY, now.status());
            assertNull(now.submissionId());
            assertEquals(c.version(), now.version());
        }
    }

    @Test
    void submit_oneClaimWithAChineseNameAndOneWithA61CharacterName_is422NamingThoseClaims_andSubmitsNothing() {
        Practices.readyForX12(practices, practice);
        Claim fine = Practices.aReadyClaim(claims, practice);
        Claim chinese = storedWithPatient("小明", "王");
        Claim longName = storedWithPatient("Zelphira", "Q".repeat(61));

        var r = submit(fine, chinese, longName);
        assertEquals(422, r.statusCode(), r.body().asString());
        assertEquals(List.of("claimIds[1]", "claimIds[1]", "claimIds[2]"), r.path("errors.field"));
        assertEquals(List.of("x12-character-set", "x12-character-set", "text-too-long"), r.path("errors.rule"));
        String message = r.path("errors[0].message");
        assertTrue(message.startsWith("claim " + chinese.claimNumber().value() + ": patient.lastName"), message);
        assertStillReady(fine, chinese, longName);

        var without = submit(fine);
        assertEquals(201, without.statusCode(), without.body().asString());
    }

    @Test
    void submit_claimTheSchemaRefuses_isNamedByItsPlaceInTheRequest_notBySegment() {
        Practices.readyForX12(practices, practice);
        Claim fine = Practices.aReadyClaim(claims, practice);
        // a claim without diagnoses: the 837P needs an HI segment, which the implementation schema finds missing
        Claim ready = Claims.aReadyClaim(practice);
        Claim noDiagnoses = claims.create(ready.withBilled(ready.billed().withDiagnoses(List.of()))).orElseThrow();

        var r = submit(fine, noDiagnoses);
        assertEquals(422, r.statusCode(), r.body().asString());
        List<String> fields = r.path("errors.field");
        assertTrue(!fields.isEmpty() && fields.stream().allMatch("claimIds[1]"::equals), fields.toString());
        assertEquals("x12-837p-invalid", r.path("errors[0].rule"));
        String message = r.path("errors[0].message");
        assertTrue(message.startsWith("claim " + noDiagnoses.claimNumber().value() + ": "), message);
        assertStillReady(fine, noDiagnoses);
    }
}
