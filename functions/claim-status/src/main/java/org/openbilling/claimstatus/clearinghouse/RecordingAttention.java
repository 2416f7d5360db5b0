package org.openbilling.claimstatus.clearinghouse;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.openbilling.clearinghouse.AttentionNeeded;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.dynamodb.clearinghouse.ConnectionRepository;
import org.openbilling.dynamodb.clearinghouse.ExchangedFileRepository;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * Records what needs a person where people look: a quarantined file gets its status and reason on its record, a
 * stopped connection its rule and detail on the connection (both visible through the API). The work-queue issue
 * (#20) replaces this bean with one that calls it and also opens a work item keyed by the practice and file id (or
 * the connection and rule), so a second call opens nothing twice; whatever replaces it must keep this recording,
 * since the file's QUARANTINED status is what stops it being posted.
 */
@DefaultBean
@ApplicationScoped
public class RecordingAttention implements AttentionNeeded {
    private static final Logger LOG = Logger.getLogger(RecordingAttention.class);
    private final ExchangedFileRepository files;
    private final ConnectionRepository connections;
    private final PracticeClock clock;

    public RecordingAttention(ExchangedFileRepository files, ConnectionRepository connections, PracticeClock clock) {
        this.files = files;
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public void fileQuarantined(PracticeId practice, String fileId, String rule, String reason) {
        Instant now = clock.now();
        for (int attempt = 0; attempt < 5; attempt++) {
            ExchangedFile f = files.find(practice, fileId).orElseThrow();
            if (f.status() == ExchangedFile.Status.QUARANTINED || f.status() == ExchangedFile.Status.PROCESSED) {
                return;
            }
            try {
                files.update(f.quarantined(f.kind(), rule, reason, now));
                // ids and rules only: the reason may quote the file
                LOG.warnf("clearinghouse file %s of practice %s quarantined: %s", fileId, practice.value(), rule);
                return;
            } catch (StaleVersionException raced) {
                // read again
            }
        }
    }

    @Override
    public void connectionStopped(PracticeId practice, String rule, String reason) {
        Instant now = clock.now();
        connections.update(practice, c -> c.withHealth(new Connection.Health(Connection.Status.STOPPED, rule, reason, now,
                c.health().lastSuccessAt())));
        LOG.warnf("clearinghouse connection of practice %s stopped: %s", practice.value(), rule);
    }
}
