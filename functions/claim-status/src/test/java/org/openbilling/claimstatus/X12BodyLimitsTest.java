package org.openbilling.claimstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.RawHttp;
import org.openbilling.testing.Tokens;

/** X12 bodies keep their 5 MB limit whether sent with a length or chunked, and every 413 is a problem. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class X12BodyLimitsTest {
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
    void remittance_chunkedOverFiveMegabytes_is413Problem() throws Exception {
        byte[] x12 = new byte[5_500_000];
        Arrays.fill(x12, (byte) 'X');
        assertTooLarge(RawHttp.post(port(), "/remittances", Tokens.bearer(practice, "biller"), "application/edi-x12", x12, -1));
    }

    @Test
    void remittance_declaringALengthOverTheServersLimit_is413Problem() throws Exception {
        assertTooLarge(RawHttp.post(port(), "/remittances", Tokens.bearer(practice, "biller"), "application/edi-x12",
                new byte[0], 9_000_000));
    }

    @Test
    void acknowledgement_declaringMoreThanFiveMegabytes_is413Problem() throws Exception {
        assertTooLarge(RawHttp.post(port(), "/acknowledgements", Tokens.bearer(practice, "biller"), "text/plain",
                new byte[0], 5_300_000));
    }
}
