package org.openbilling.claimstatus.workqueue;

import org.openbilling.claimstatus.ClaimWorkers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.workqueue.ClaimWork;
import org.openbilling.domain.workqueue.WorkItem;
import org.openbilling.domain.workqueue.WorkItemIds;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.claim.OpenClaimsFilter;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.workitem.WorkItemRepository;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * The time-driven checks: silence (no 277CA after submission, no 835 after acceptance) and deadlines at risk
 * (filing, appeal), plus the sweep that resolves items whose claim moved on. A run reads two sparse indexes per
 * practice (its open claims and its open items; closed history is never read) and the claims of open items that
 * are no longer open (by key); it writes only items to open or resolve. Item ids derive from the claim and the
 * silence or deadline, so a second run, or a run after one killed half-way, opens nothing twice.
 */
@ApplicationScoped
public class WorkQueueChecks {
    private final PracticeRepository practices;
    private final ClaimRepository claims;
    private final WorkItemRepository items;
    private final WorkQueue queue;
    private final PracticeClock clock;
    private final WorkQueueConfig config;
    private final ClaimWorkers workers;

    public WorkQueueChecks(PracticeRepository practices, ClaimRepository claims, WorkItemRepository items,
                           WorkQueue queue, PracticeClock clock, WorkQueueConfig config, ClaimWorkers workers) {
        this.workers = workers;
        this.practices = practices;
        this.claims = claims;
        this.items = items;
        this.queue = queue;
        this.clock = clock;
        this.config = config;
    }

    /** What one practice's run did (ids and counts only). */
    public record PracticeRun(String practiceId, int openClaimsRead, int openItemsRead, int opened, int resolved) {
    }

    /** Runs every practice with saved settings, as of {@code now}. */
    public List<PracticeRun> runAll(Instant now) {
        List<PracticeRun> out = new ArrayList<>();
        try (Stream<PracticeId> all = practices.all()) {
            all.forEach(p -> out.add(run(p, now)));
        }
        return out;
    }

    /** Runs one practice as of {@code now} (tests move the clock by passing a later instant). */
    public PracticeRun run(PracticeId practice, Instant now) {
        ZoneId zone = clock.zoneOf(practice);
        LocalDate today = now.atZone(zone).toLocalDate();
        ClaimWork work = queue.rules();
        int warning = config.deadlineWarningDays();

        List<WorkItem> openItems;
        try (Stream<WorkItem> s = items.openStream(practice)) {
            openItems = s.toList();
        }
        Set<String> openIds = new HashSet<>();
        openItems.forEach(w -> openIds.add(w.id()));

        Map<ClaimId, Claim> openClaims = new HashMap<>();
        List<WorkItem.Opening> toOpen = new ArrayList<>();
        OpenClaimsFilter all = new OpenClaimsFilter(null, null, AgeBasis.DATE_OF_SERVICE, null, zone, true);
        try (Stream<Claim> s = claims.openStream(practice, all)) {
            for (Claim c : (Iterable<Claim>) s::iterator) {
                openClaims.put(c.id(), c);
                List<WorkItem.Opening> due = new ArrayList<>();
                work.noAcknowledgement(c, today, zone).ifPresent(due::add);
                work.noPayment(c, today, zone).ifPresent(due::add);
                work.filingAtRisk(c, today, warning).ifPresent(due::add);
                work.appealAtRisk(c, today, warning, zone).ifPresent(due::add);
                for (WorkItem.Opening o : due) {
                    // an item open already is not written again: a run touches only what changed
                    if (!openIds.contains(WorkItemIds.of(o.category(), o.sourceKey()))) {
                        toOpen.add(o);
                    }
                }
            }
        }
        // each item is its own conditional put: independent, so written in parallel (a practice falling silent on one
        // day opens an item per open claim at once)
        int opened = (int) workers.each(toOpen, o -> queue.open(practice, o, now)).stream().filter(b -> b).count();

        // the sweep: open items whose claim moved on (claims no longer open are read by key, a hundred a call)
        Set<ClaimId> gone = new HashSet<>();
        for (WorkItem w : openItems) {
            if (w.claimId() != null && !openClaims.containsKey(w.claimId())) {
                gone.add(w.claimId());
            }
        }
        Map<ClaimId, Claim> closed = gone.isEmpty() ? Map.of() : claims.findAll(practice, gone);
        Map<ClaimId, List<WorkItem>> byClaim = new HashMap<>();
        for (WorkItem w : openItems) {
            if (w.claimId() != null) {
                byClaim.computeIfAbsent(w.claimId(), k -> new ArrayList<>()).add(w);
            }
        }
        int resolved = 0;
        for (Map.Entry<ClaimId, List<WorkItem>> e : byClaim.entrySet()) {
            Claim c = openClaims.containsKey(e.getKey()) ? openClaims.get(e.getKey()) : closed.get(e.getKey());
            if (c != null) {
                resolved += queue.resolveSettled(practice, c, e.getValue(), now);
            }
        }
        return new PracticeRun(practice.value(), openClaims.size(), openItems.size(), opened, resolved);
    }
}
