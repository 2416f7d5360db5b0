package org.openbilling.claimstatus.workqueue;

import org.openbilling.claimstatus.ClaimWorkers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 *
 * <p>A run holds the practice's lease (a conditional UpdateItem with the expiry as an attribute), so two runs of one
 * practice (the schedule, an admin's run now, a second timer) never overlap: the later one answers "busy". Under
 * the lease the new items are written in batches rather than one conditional put each: a BatchGetItem per hundred
 * candidate ids finds those stored already (in any status: an item a person closed is not opened again), and the
 * absent ones are written unconditionally, twenty-five a BatchWriteItem. That is safe because nothing else can write
 * those ids meanwhile: only these checks make items of their four categories (the category is part of the id, so
 * a rejection, denial, status answer or quarantined file never has one of these ids), no other run of the practice
 * is going, and a person changes only items that exist (a conditional write under the version read). A chunk about
 * to be written when the lease has less than {@link #LEASE_MARGIN} left goes back to conditional puts.
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

    /** Lease time a batch write must leave: beyond it, another run could take the lapsed lease. */
    static final Duration LEASE_MARGIN = Duration.ofMinutes(2);

    /** What one practice's run did (ids and counts only); {@code busy}: another run held the practice, nothing done. */
    public record PracticeRun(String practiceId, int openClaimsRead, int openItemsRead, int opened, int resolved,
                              boolean busy) {
        static PracticeRun busy(PracticeId practice) {
            return new PracticeRun(practice.value(), 0, 0, 0, 0, true);
        }
    }

    /** Runs every practice with saved settings, as of {@code now}. */
    public List<PracticeRun> runAll(Instant now) {
        List<PracticeRun> out = new ArrayList<>();
        try (Stream<PracticeId> all = practices.all()) {
            all.forEach(p -> out.add(run(p, now)));
        }
        return out;
    }

    /**
     * Runs one practice as of {@code now} (tests move the clock by passing a later instant), unless another run holds
     * it. The lease runs on the app's clock, not on {@code now}.
     */
    public PracticeRun run(PracticeId practice, Instant now) {
        String owner = UUID.randomUUID().toString();
        Instant taken = clock.now();
        Instant until = taken.plus(config.lease());
        if (!items.takeChecksLease(practice, owner, until, taken)) {
            return PracticeRun.busy(practice);
        }
        try {
            return check(practice, now, until);
        } finally {
            items.releaseChecksLease(practice, owner);
        }
    }

    private PracticeRun check(PracticeId practice, Instant now, Instant leaseUntil) {
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
        int opened = openAbsent(practice, toOpen, now, leaseUntil);

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
        return new PracticeRun(practice.value(), openClaims.size(), openItems.size(), opened, resolved, false);
    }

    /**
     * Opens the items of {@code openings} that are not stored yet (a practice falling silent on one day opens an item
     * per open claim at once): the existence reads and the batch writes go in parallel, chunk by chunk.
     */
    private int openAbsent(PracticeId practice, List<WorkItem.Opening> openings, Instant now, Instant leaseUntil) {
        Map<String, WorkItem> candidates = new LinkedHashMap<>();
        for (WorkItem.Opening o : openings) {
            WorkItem w = WorkItem.open(practice, o, WorkQueue.PLATFORM, now);
            candidates.putIfAbsent(w.id(), w);
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        Set<String> stored = new HashSet<>();
        workers.each(chunks(List.copyOf(candidates.keySet()), WorkItemRepository.GET_BATCH),
                ids -> items.existing(practice, ids)).forEach(stored::addAll);
        List<WorkItem> absent = candidates.values().stream().filter(w -> !stored.contains(w.id())).toList();
        return workers.each(chunks(absent, WorkItemRepository.WRITE_BATCH), chunk -> {
            if (clock.now().isBefore(leaseUntil.minus(LEASE_MARGIN))) {
                return items.createAllAbsent(chunk).size();
            }
            // the lease may lapse while this chunk is written: each item its own conditional put again
            return (int) chunk.stream().filter(w -> items.create(w).isPresent()).count();
        }).stream().mapToInt(Integer::intValue).sum();
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            out.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return out;
    }
}
