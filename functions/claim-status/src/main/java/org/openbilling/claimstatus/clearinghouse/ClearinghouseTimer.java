package org.openbilling.claimstatus.clearinghouse;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The local run's clock for clearinghouse runs ({@code billing.clearinghouse.every}, off by default and in AWS,
 * where an EventBridge schedule invokes the function instead). A run still going when the next is due is skipped.
 */
@ApplicationScoped
public class ClearinghouseTimer {
    private static final Logger LOG = Logger.getLogger(ClearinghouseTimer.class);
    private final ClearinghouseRuns runs;

    public ClearinghouseTimer(ClearinghouseRuns runs) {
        this.runs = runs;
    }

    @Scheduled(identity = "clearinghouse", every = "${billing.clearinghouse.every:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            var done = runs.runAll();
            if (!done.isEmpty()) {
                LOG.debugf("clearinghouse run served %d practice(s)", done.size());
            }
        } catch (RuntimeException e) {
            LOG.warnf("clearinghouse run failed: %s", e.getClass().getSimpleName());
        }
    }
}
