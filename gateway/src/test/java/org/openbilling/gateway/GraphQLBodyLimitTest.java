package org.openbilling.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.RawHttp;
import org.openbilling.testing.Tokens;

/** A GraphQL request over the HTTP server's body limit (6 MB) is answered 413 problem+json, declared or chunked. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class GraphQLBodyLimitTest {
    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    private static void assertTooLarge(RawHttp.Answer answer) {
        assertEquals(413, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.headers().get("content-type"), answer.headers().toString());
        assertTrue(answer.body().contains("\"rule\":\"body-too-large\""), answer.body());
    }

    private static byte[] document(int bytes) {
        return ("{\"query\":\"mutation($x: String!) { postRemittance(x12: $x) { alreadyPosted } }\",\"variables\":{\"x\":\""
                + "X".repeat(bytes) + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void graphql_declaringALengthOverTheServersLimit_is413Problem() throws Exception {
        assertTooLarge(RawHttp.post(port(), "/graphql", Tokens.bearer("p1", "biller"), "application/json", new byte[0], 7_000_000));
    }

    @Test
    void graphql_chunkedOverTheServersLimit_is413Problem() throws Exception {
        assertTooLarge(RawHttp.post(port(), "/graphql", Tokens.bearer("p1", "biller"), "application/json", document(6_500_000), -1));
    }
}
