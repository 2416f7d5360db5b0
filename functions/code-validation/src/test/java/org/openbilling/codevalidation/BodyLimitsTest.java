package org.openbilling.codevalidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.RawHttp;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * The JSON body limit counts what is read, not what the request declares, and every 413 (the app's or the HTTP
 * server's own) is a problem with rule body-too-large.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class BodyLimitsTest {
    @Inject
    EncounterRepository encounters;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    private static void assertTooLarge(RawHttp.Answer answer) {
        assertEquals(413, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.headers().get("content-type"), answer.headers().toString());
        assertTrue(answer.body().contains("\"rule\":\"body-too-large\""), answer.body());
    }

    @Test
    void create_withAChunkedJsonBodyOverOneMegabyte_is413ProblemAndStoresNothing() throws Exception {
        byte[] huge = ("{\"priorAuthorization\":\"" + "A".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertTooLarge(RawHttp.post(port(), "/encounters", Tokens.bearer(practice, "coder"), "application/json", huge, -1));
        assertTrue(encounters.list(new PracticeId(practice), null, 10, null).items().isEmpty());
    }

    @Test
    void create_withAChunkedBodyUnderTheLimit_isReadAsUsual() throws Exception {
        byte[] visit = Json.of(Encounters.anOfficeVisit()).getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.post(port(), "/encounters", Tokens.bearer(practice, "coder"), "application/json", visit, -1);
        assertEquals(201, answer.status(), answer.body());
    }

    @Test
    void create_declaringALengthOverTheServersLimit_is413ProblemBeforeAnyBody() throws Exception {
        // 7 MB promised, nothing sent: the HTTP server's own limit (6 MB) answers, as problem+json
        assertTooLarge(RawHttp.post(port(), "/encounters", Tokens.bearer(practice, "coder"), "application/json",
                new byte[0], 7_000_000));
    }
}
