package org.openbilling.codevalidation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;

/** The app's own ObjectMapper (Quarkus's, customized by JsonSetup) reads instants with InstantJson's reader. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class WireJsonTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void instantsAreReadByInstantJson() throws Exception {
        var context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);
        String reader = context.findRootValueDeserializer(mapper.constructType(Instant.class)).getClass().getName();
        assertEquals("org.openbilling.dynamodb.InstantJson$Reader", reader);
        assertEquals(Instant.parse("2026-12-04T22:33:30.123456Z"), mapper.readValue("\"2026-12-04T22:33:30.123456Z\"", Instant.class));
    }
}
