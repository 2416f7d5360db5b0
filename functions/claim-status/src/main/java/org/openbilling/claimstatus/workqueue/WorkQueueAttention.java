package org.openbilling.claimstatus.workqueue;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.claimstatus.clearinghouse.RecordingAttention;
import org.openbilling.clearinghouse.AttentionNeeded;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * The clearinghouse transport's {@link AttentionNeeded}: records as before (the file's QUARANTINED status is what
 * stops it being posted again), then opens a work item keyed by the file, so the poller seeing the file again opens
 * nothing twice.
 */
@ApplicationScoped
public class WorkQueueAttention implements AttentionNeeded {
    private final RecordingAttention recording;
    private final WorkQueue queue;
    private final PracticeClock clock;

    public WorkQueueAttention(RecordingAttention recording, WorkQueue queue, PracticeClock clock) {
        this.recording = recording;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public void fileQuarantined(PracticeId practice, String fileId, String rule, String reason) {
        recording.fileQuarantined(practice, fileId, rule, reason);
        queue.fileQuarantined(practice, fileId, rule, clock.today(practice), clock.now());
    }

    @Override
    public void connectionStopped(PracticeId practice, String rule, String reason) {
        // the connection's health says it where admins look; an admin (not the billing office) acts on it
        recording.connectionStopped(practice, rule, reason);
    }
}
