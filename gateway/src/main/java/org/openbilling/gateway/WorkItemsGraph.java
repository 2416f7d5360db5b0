package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.openbilling.contract.Requests;
import org.openbilling.contract.WorkItemAnswer;
import org.openbilling.contract.mapping.WorkItemAnswers;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.workqueue.Deadlines;
import org.openbilling.domain.workqueue.WorkItem;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.workitem.WorkItemFilter;
import org.openbilling.dynamodb.workitem.WorkItemRepository;
import org.openbilling.gateway.functions.Functions;
import org.openbilling.gateway.types.ClaimAge;
import org.openbilling.gateway.types.ClaimView;
import org.openbilling.gateway.types.Views;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.web.Roles;

/**
 * The work queue: items read from the work-items indexes (earliest due first, with cursors), changed through
 * claim-status (which checks the item's version and the caller's role), and the links between items and claims,
 * with a claim's deadlines derived from what it holds.
 */
@GraphQLApi
@ApplicationScoped
public class WorkItemsGraph {
    @Inject
    Caller caller;

    private final WorkItemRepository items;
    private final ClaimRepository claims;
    private final Functions functions;
    private final PracticeClock clock;
    private final Deadlines deadlines = Deadlines.standard();

    public WorkItemsGraph(WorkItemRepository items, ClaimRepository claims, Functions functions, PracticeClock clock) {
        this.items = items;
        this.claims = claims;
        this.functions = functions;
        this.clock = clock;
    }

    @Name("WorkItemStatus")
    public enum Status { OPEN, IN_PROGRESS, RESOLVED, CLOSED_NO_ACTION }

    @Name("WorkItemCategory")
    public enum Category { REJECTION, DENIAL, NO_ACKNOWLEDGEMENT, NO_PAYMENT, FILING_DEADLINE, APPEAL_DEADLINE,
        CLAIM_STATUS, FILE_QUARANTINED }

    @Name("WorkItemFilter")
    @Description("Which items: status (default: OPEN and IN_PROGRESS), category, payer, assignee, and due before a date (exclusive).")
    public record Filter(Status status, Category category, String payerId, String assignee, LocalDate dueBefore) {
    }

    @Name("WorkItemNote")
    public record NoteView(Instant at, String author, String text) {
    }

    @Name("WorkItemEvent")
    public record EventView(Status from, Status to, Instant at, String actor, String what) {
    }

    @Name("WorkItem")
    @Description("Something a person must do about a claim or file: why (reason, codes), what next (action), by when (dueOn).")
    public record WorkItemView(@Id String id, Status status, Category category, String action, String actionText,
                               String reason, List<String> codes, String denialCategory, boolean codingRelated,
                               String claimId, String claimNumber, String payerId, String fileId, LocalDate dueOn,
                               String assignee, List<NoteView> notes, List<EventView> history, String resolution,
                               Instant createdAt, Instant updatedAt, int version) {
        /** An item read from the table: shown as its public answer, the same one the function gives. */
        static WorkItemView of(WorkItem w) {
            return of(WorkItemAnswers.of(w));
        }

        static WorkItemView of(WorkItemAnswer w) {
            return new WorkItemView(w.id(), Status.valueOf(w.status()), Category.valueOf(w.category()), w.action(),
                    w.actionText(), w.reason(), w.codes(), w.denialCategory(), w.codingRelated(), w.claimId(),
                    w.claimNumber(), w.payerId(), w.fileId(), w.dueOn(), w.assignee(),
                    Views.each(w.notes(), n -> new NoteView(n.at(), n.author(), n.text())),
                    Views.each(w.history(), e -> new EventView(e.from() == null ? null : Status.valueOf(e.from()),
                            Status.valueOf(e.to()), e.at(), e.actor(), e.what())),
                    w.resolution(), w.createdAt(), w.updatedAt(), (int) w.version());
        }
    }

    @Name("WorkItemEdge")
    public record Edge(String cursor, WorkItemView node) {
    }

    @Name("WorkItemConnection")
    public record WorkItemConnection(List<Edge> edges, Views.PageInfo pageInfo, int count) {
    }

    @Query("workItems")
    @Description("The work queue, earliest due first; coders see only the items about codes.")
    public @NonNull WorkItemConnection workItems(Filter filter, Integer first, String after) {
        int n = Views.first(first);
        Filter f = filter == null ? new Filter(null, null, null, null, null) : filter;
        WorkItemFilter wanted = new WorkItemFilter(
                f.status() == null ? null : org.openbilling.domain.workqueue.WorkItemStatus.valueOf(f.status().name()),
                f.category() == null ? null : org.openbilling.domain.workqueue.WorkItemCategory.valueOf(f.category().name()),
                blank(f.payerId()), blank(f.assignee()), f.dueBefore(), codingOnly());
        Page<WorkItem> page = ClaimsGraph.cursorSafe(() -> items.page(caller.practice(), wanted, n, after));
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge(page.cursors().get(i), WorkItemView.of(page.items().get(i))));
        }
        return new WorkItemConnection(edges, new Views.PageInfo(page.hasNext(), page.endCursor()), edges.size());
    }

    @Query("workItem")
    @Description("One work item of the practice, or null.")
    public WorkItemView workItem(@NonNull @Id String id) {
        return items.find(caller.practice(), id).filter(w -> !codingOnly() || w.codingRelated())
                .map(WorkItemView::of).orElse(null);
    }

    /** WorkItem.claim, batched: one BatchGetItem for a page of items. */
    @Name("claim")
    public List<ClaimView> claim(@Source List<WorkItemView> source) {
        PracticeId practice = caller.practice();
        Map<ClaimId, Claim> found = claims.findAll(practice, source.stream().filter(w -> w.claimId() != null)
                .map(w -> new ClaimId(w.claimId())).distinct().toList());
        ClaimAge age = ClaimAge.byServiceDate(clock.today(practice), clock.zoneOf(practice));
        return source.stream().map(w -> {
            Claim c = w.claimId() == null ? null : found.get(new ClaimId(w.claimId()));
            return c == null ? null : ClaimView.of(c, age);
        }).toList();
    }

    /** Claim.workItems: one index Query per claim (a claim has a handful of items). */
    @Name("workItems")
    @Description("The claim's work items, open and closed, oldest first.")
    public List<List<WorkItemView>> claimWorkItems(@Source List<ClaimView> source) {
        PracticeId practice = caller.practice();
        boolean coding = codingOnly();
        return source.stream().map(c -> items.byClaim(practice, new ClaimId(c.id())).stream()
                .filter(w -> !coding || w.codingRelated()).map(WorkItemView::of).toList()).toList();
    }

    @Name("filingDeadline")
    @Description("The last day the payer takes the claim: date of service plus the payer's filing limit (open claims).")
    public List<LocalDate> filingDeadline(@Source List<ClaimView> source) {
        Map<ClaimId, Claim> found = domain(source);
        return source.stream().map(c -> {
            Claim d = found.get(new ClaimId(c.id()));
            return d == null ? null : deadlines.filingDeadline(d).orElse(null);
        }).toList();
    }

    @Name("appealDeadline")
    @Description("The last day to appeal a DENIED claim: the denial's day plus the payer's appeal limit.")
    public List<LocalDate> appealDeadline(@Source List<ClaimView> source) {
        Map<ClaimId, Claim> found = domain(source);
        java.time.ZoneId zone = clock.zoneOf(caller.practice());
        return source.stream().map(c -> {
            Claim d = found.get(new ClaimId(c.id()));
            return d == null ? null : deadlines.appealDeadline(d, zone).orElse(null);
        }).toList();
    }

    @Mutation("assignWorkItem")
    @Description("Assigns an open item (assignee null: to nobody), at the version read.")
    public @NonNull WorkItemView assignWorkItem(@NonNull @Id String id, String assignee, @NonNull Integer expectedVersion,
                                                String idempotencyKey) {
        Requests.AssignWorkItem body = new Requests.AssignWorkItem(assignee, expectedVersion.longValue());
        return WorkItemView.of(functions.<WorkItemAnswer>claimStatus(api ->
                api.assignWorkItem(functions.auth(), idempotencyKey, id, body)));
    }

    @Mutation("noteWorkItem")
    public @NonNull WorkItemView noteWorkItem(@NonNull @Id String id, @NonNull String text,
                                              @NonNull Integer expectedVersion, String idempotencyKey) {
        return change(id, "notes", text, expectedVersion, idempotencyKey);
    }

    @Mutation("startWorkItem")
    public @NonNull WorkItemView startWorkItem(@NonNull @Id String id, @NonNull Integer expectedVersion,
                                               String idempotencyKey) {
        return change(id, "start", null, expectedVersion, idempotencyKey);
    }

    @Mutation("resolveWorkItem")
    @Description("Resolves an item with a note saying what was done.")
    public @NonNull WorkItemView resolveWorkItem(@NonNull @Id String id, @NonNull String note,
                                                 @NonNull Integer expectedVersion, String idempotencyKey) {
        return change(id, "resolve", note, expectedVersion, idempotencyKey);
    }

    @Mutation("closeWorkItem")
    @Description("Closes an item without action (CLOSED_NO_ACTION) with the reason.")
    public @NonNull WorkItemView closeWorkItem(@NonNull @Id String id, @NonNull String reason,
                                               @NonNull Integer expectedVersion, String idempotencyKey) {
        return change(id, "close", reason, expectedVersion, idempotencyKey);
    }

    private WorkItemView change(String id, String action, String text, Integer expectedVersion, String idempotencyKey) {
        Requests.WorkItemNote body = new Requests.WorkItemNote(text, expectedVersion.longValue());
        return WorkItemView.of(functions.<WorkItemAnswer>claimStatus(api ->
                api.changeWorkItem(functions.auth(), idempotencyKey, id, action, body)));
    }

    private Map<ClaimId, Claim> domain(List<ClaimView> source) {
        return claims.findAll(caller.practice(), source.stream().map(c -> new ClaimId(c.id())).distinct().toList());
    }

    /** Coders see only the items about codes (a rejection or denial naming a code). */
    private boolean codingOnly() {
        return caller.hasRole(Roles.CODER) && !caller.hasRole(Roles.BILLER) && !caller.hasRole(Roles.ADMIN)
                && !caller.hasRole(Roles.ANALYST);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
