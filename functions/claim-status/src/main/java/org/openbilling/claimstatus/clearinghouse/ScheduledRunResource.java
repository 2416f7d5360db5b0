package org.openbilling.claimstatus.clearinghouse;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The scheduled run's entry in AWS: the EventBridge schedule invokes the clearinghouse function (the claim-status
 * package with this route switched on) directly with an HTTP API event for this path. The API has no route to it
 * (its routes are listed one by one), the HTTP claim-status function answers it 404, and only the schedule's role
 * may invoke the clearinghouse function: so it takes no token.
 */
@Path("/clearinghouse/scheduled-runs")
public class ScheduledRunResource {
    private final ClearinghouseRuns runs;
    private final boolean enabled;

    public ScheduledRunResource(ClearinghouseRuns runs, ClearinghouseConfig config) {
        this.runs = runs;
        this.enabled = config.scheduledRoute();
    }

    /** How the run went: one line per practice with an enabled connection (ids and counts only). */
    public record Summary(int practices, List<ClearinghouseRuns.PracticeRun> runs) {
    }

    @POST
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Summary run() {
        if (!enabled) {
            throw new NotFoundException();
        }
        List<ClearinghouseRuns.PracticeRun> done = runs.runAll();
        return new Summary(done.size(), done);
    }
}
