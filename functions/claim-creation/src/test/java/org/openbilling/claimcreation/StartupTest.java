package org.openbilling.claimcreation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.dynamodb.priming.Priming;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.web.startup.ClassPreloader;

/** What makes the first request fast: the primers and the recorded class list. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class StartupTest {
    @Inject
    Priming priming;

    @Test
    void everyPrimerRunsAgainstTheRealStack() {
        // the DynamoDB read (an item that cannot exist), the schemas, the code sets, a synthetic claim scrubbed
        assertEquals(List.of(), priming.primeNow());
    }

    @Test
    void theRecordedClassListStillMatchesTheCode() {
        ClassPreloader.Preloaded result = ClassPreloader.preload(Thread.currentThread().getContextClassLoader());
        assertTrue(result.listed() > 3_000, "the list of claim-creation's start-up classes: " + result);
        // names of Quarkus's generated classes carry build hashes and some JDK internals differ between builds of
        // the JDK: a few may be gone; many gone means the list is stale (record it again, see ClassPreloader)
        assertTrue(result.loaded() >= result.listed() * 0.9, "classes of the list that still exist: " + result);
    }
}
