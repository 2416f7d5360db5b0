package org.openbilling.claimstatus.workqueue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.web.Roles;

/**
 * The checks' entries: {@code /work-items/checks} runs the caller's practice now (admins); {@code
 * /work-items/scheduled-checks} is the EventBridge rule's entry in AWS, answered only where {@code
 * billing.work-queue.scheduled-route} is on (the scheduled function), not routed by the API, invoked only by the
 * rule's role: so it takes no token, like the clearinghouse's scheduled run.
 */
@Tag(name = "Work items", description = "The work queue: items from rejections, denials, quarantined files and deadlines")
@Path("/work-items")
public class WorkQueueChecksResource {
    private final WorkQueueChecks checks;
    private final PracticeClock clock;
    private final Caller caller;
    private final boolean scheduled;

    public WorkQueueChecksResource(WorkQueueChecks checks, PracticeClock clock, Caller caller, WorkQueueConfig config) {
        this.checks = checks;
        this.clock = clock;
        this.caller = caller;
        this.scheduled = config.scheduledRoute();
    }

    /** How a scheduled run went: one line per practice (ids and counts only). */
    public record Summary(int practices, List<WorkQueueChecks.PracticeRun> runs) {
    }

    @POST
    @Path("/checks")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runWorkQueueChecks", summary = "Runs the work queue's checks (claims without an answer, filing deadlines) for the practice now")
    public WorkQueueChecks.PracticeRun runNow() {
        return checks.run(caller.practice(), clock.now());
    }

    @POST
    @Path("/scheduled-checks")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Summary scheduled() {
        if (!scheduled) {
            throw new NotFoundException();
        }
        List<WorkQueueChecks.PracticeRun> runs = checks.runAll(clock.now());
        return new Summary(runs.size(), runs);
    }
}
