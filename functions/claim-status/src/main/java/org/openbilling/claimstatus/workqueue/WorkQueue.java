package org.openbilling.claimstatus.workqueue;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.workqueue.ClaimWork;
import org.openbilling.domain.workqueue.WorkItem;
import org.openbilling.domain.workqueue.WorkItemCategory;
import org.openbilling.dynamodb.workitem.WorkItemRepository;

/**
 * Opens the platform's work items and resolves them when their claim moves on. Every step is idempotent: an item's
 * id derives from its causing event, so a re-posted file, a retry after a crash, or a second scheduled run finds the
 * item there and opens nothing twice; resolving reads the item and writes it once under its version.
 */
@ApplicationScoped
public class WorkQueue {
    static final String PLATFORM = "platform";
    private static final Logger LOG = Logger.getLogger(WorkQueue.class);
    private final WorkItemRepository items;
    private final ClaimWork work = ClaimWork.standard();

    public WorkQueue(WorkItemRepository items) {
        this.items = items;
    }

    public ClaimWork rules() {
        return work;
    }

    /** Opens the item unless its event opened it already; true when this call opened it. */
    public boolean open(PracticeId practice, WorkItem.Opening o, Instant now) {
        Optional<WorkItem> made = items.create(WorkItem.open(practice, o, PLATFORM, now));
        made.ifPresent(w -> LOG.debugf("work item %s (%s) opened for practice %s", w.id(), w.category(), practice.value()));
        return made.isPresent();
    }

    /** A 999 or 277CA rejection that took effect on the claim: fix and resend. */
    public void rejected(PracticeId practice, Claim claim, String ack, String reason, List<String> codes,
                         LocalDate today, Instant now) {
        open(practice, work.rejection(claim, ack, reason, codes, today), now);
    }

    /**
     * After a posting was applied to the claim (an 835 or an adjudication entered by hand): its denials open items,
     * and items the new adjudication settles (a denial paid on appeal, a reversal) resolve.
     */
    public void posted(PracticeId practice, Claim claim, Posting posting, LocalDate today, Instant now) {
        for (WorkItem.Opening o : work.denials(claim, posting, today)) {
            open(practice, o, now);
        }
        claimMoved(practice, claim, now);
    }

    /**
     * Resolves the open items of a claim that has moved on. Only claims whose history can have made event items are
     * read (a rejection, a denial, a final status): a first clean payment costs no query; the scheduled sweep
     * resolves the items the checks made.
     */
    public void claimMoved(PracticeId practice, Claim claim, Instant now) {
        if (!ClaimWork.mayHaveEventItems(claim)) {
            return;
        }
        resolveSettled(practice, claim, items.byClaim(practice, claim.id()), now);
    }

    /** Resolves those of {@code open} (items of {@code claim}) that the claim no longer needs; answers how many. */
    int resolveSettled(PracticeId practice, Claim claim, List<WorkItem> open, Instant now) {
        int n = 0;
        for (WorkItem w : open) {
            Optional<String> why = work.resolution(w, claim);
            if (why.isEmpty()) {
                continue;
            }
            try {
                items.update(w.resolvedBecause(why.get(), now));
                n++;
            } catch (StaleVersionException raced) {
                // a person (or another run) changed it first: the next claim move or sweep looks again
            }
        }
        return n;
    }

    /**
     * A 277 answer to a status inquiry: opens the item it calls for (once, by its id), and resolves the claim's open
     * status items that it supersedes (an earlier answer's item, the silence that asked for the inquiry). Answers the
     * id of the item this answer calls for, or null when it calls for none. {@code supersede} is false when the answer
     * was recorded on the claim before (a file posted again): an old answer must not resolve a newer answer's item.
     */
    public String statusAnswered(PracticeId practice, Claim claim, String category, List<String> codes, String trace,
                                 boolean supersede, LocalDate today, Instant now) {
        Optional<WorkItem.Opening> opening = work.statusAnswer(claim, category, codes, trace, today);
        String keep = opening.map(o -> org.openbilling.domain.workqueue.WorkItemIds.of(o.category(), o.sourceKey()))
                .orElse(null);
        opening.ifPresent(o -> open(practice, o, now));
        if (!supersede) {
            return keep;
        }
        for (WorkItem w : items.byClaim(practice, claim.id())) {
            boolean superseded = w.status().isOpen() && !w.id().equals(keep)
                    && (w.category() == WorkItemCategory.CLAIM_STATUS || w.category() == WorkItemCategory.NO_PAYMENT);
            if (superseded) {
                try {
                    items.update(w.resolvedBecause("the payer answered a status inquiry: 277 "
                            + String.join(", ", codes), now));
                } catch (StaleVersionException raced) {
                    // a person changed it first: they decide
                }
            }
        }
        return keep;
    }

    /** A quarantined clearinghouse file: keyed by the file, so the poller quarantining it again opens nothing. */
    public void fileQuarantined(PracticeId practice, String fileId, String rule, LocalDate today,
                                Instant now) {
        open(practice, new WorkItem.Opening(WorkItemCategory.FILE_QUARANTINED, "REVIEW_QUARANTINED_FILE",
                "Open the file (exchangedFile), fix what the rule names with the clearinghouse, and post it by hand"
                        + " if it is ours.", "file " + fileId + " quarantined: " + rule, List.of(rule), null, false,
                null, null, null, fileId, "file|" + fileId, today.plusDays(1)), now);
    }

    /** The items of a claim, for Claim.workItems. */
    public List<WorkItem> ofClaim(PracticeId practice, Claim claim) {
        return new ArrayList<>(items.byClaim(practice, claim.id()));
    }
}
