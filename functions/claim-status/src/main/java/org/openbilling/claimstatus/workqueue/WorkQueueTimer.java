package org.openbilling.claimstatus.workqueue;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * The local run's clock for the work queue's checks ({@code billing.work-queue.every}, off by default and in AWS,
 * where an EventBridge rule invokes the function instead). A run still going when the next is due is skipped.
 */
@ApplicationScoped
public class WorkQueueTimer {
    private static final Logger LOG = Logger.getLogger(WorkQueueTimer.class);
    private final WorkQueueChecks checks;
    private final PracticeClock clock;

    public WorkQueueTimer(WorkQueueChecks checks, PracticeClock clock) {
        this.checks = checks;
        this.clock = clock;
    }

    @Scheduled(identity = "work-queue", every = "${billing.work-queue.every:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            var runs = checks.runAll(clock.now());
            LOG.debugf("work-queue checks served %d practice(s)", runs.size());
        } catch (RuntimeException e) {
            LOG.warnf("work-queue checks failed: %s", e.getClass().getSimpleName());
        }
    }
}
