package org.openbilling.claimstatus.workqueue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the work queue's scheduled checks (BILLING_WORK_QUEUE_... in the environment). */
@ConfigMapping(prefix = "billing.work-queue")
public interface WorkQueueConfig {
    /** How often the local run's timer runs the checks ({@code off} in AWS, where an EventBridge rule does it). */
    @WithDefault("off")
    String every();

    /** Answer the scheduled-checks route (only the function the EventBridge rule invokes does). */
    @WithDefault("false")
    boolean scheduledRoute();

    /**
     * How long one run of a practice's checks may hold it before another run may take it over (a killed run's lease
     * lapses); longer than a run takes (the scheduled function stops at 5 minutes).
     */
    @WithDefault("10m")
    java.time.Duration lease();

    /** A filing or appeal deadline this many days away (or fewer) opens an item. */
    @WithDefault("30")
    int deadlineWarningDays();
}
