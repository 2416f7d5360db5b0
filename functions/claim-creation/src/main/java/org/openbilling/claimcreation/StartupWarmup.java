package org.openbilling.claimcreation;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.openbilling.codesets.scrub.ClaimScrubber;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.idempotency.IdempotencyStore;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.web.Idempotent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds, at start-up and off the start-up thread, the beans that the first claim needs and that are slow to make:
 * the code-set tables and the scrubber on them, the DynamoDB client and the table schemas of the repositories. The
 * HTTP server starts meanwhile; a request that arrives first waits for the bean it needs (CDI creates each once).
 * With SnapStart on Lambda the work is done before the snapshot instead of in the first request.
 * No DynamoDB call is made, so start-up does not depend on the tables.
 */
@ApplicationScoped
public class StartupWarmup {
    private static final Logger LOG = Logger.getLogger(StartupWarmup.class);
    static final List<Class<?>> BEANS = List.of(ClaimScrubber.class, EncounterFactory.class, DynamoDbClient.class,
            EncounterRepository.class, ClaimRepository.class, IdempotencyStore.class, AuditLog.class,
            PracticeRepository.class, Idempotent.class, ClaimService.class);

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(StartupWarmup::warm, "claim-creation-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    static void warm() {
        ArcContainer container = Arc.container();
        for (Class<?> type : BEANS) {
            try {
                if (container == null || !container.isRunning()) {
                    return;
                }
                // unwrap: an application-scoped bean is made on its first use, not when its proxy is looked up
                ClientProxy.unwrap(container.instance(type).get());
            } catch (RuntimeException e) {
                // the first request makes it instead, and reports any real problem there
                LOG.debugf("warm-up of %s skipped: %s", type.getSimpleName(), e.getClass().getSimpleName());
            }
        }
    }
}
