package org.openbilling.claimstatus;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiDocuments;

/** The OpenAPI document served in production is the committed one, and it is what the code generates. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class OpenApiDocumentTest {
    @Test
    void theCommittedDocument_isTheGeneratedOne_andIsServed() throws IOException {
        OpenApiDocuments.assertCommittedEqualsGeneratedAndServed();
    }
}
