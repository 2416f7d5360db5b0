package org.openbilling.claimstatus.workqueue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.WorkItemAnswer;
import org.openbilling.contract.mapping.WorkItemAnswers;
import org.openbilling.contract.Requests.AssignWorkItem;
import org.openbilling.contract.Requests.WorkItemNote;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.workqueue.WorkItem;
import org.openbilling.domain.workqueue.WorkItemCategory;
import org.openbilling.domain.workqueue.WorkItemStatus;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.workitem.WorkItemFilter;
import org.openbilling.dynamodb.workitem.WorkItemRepository;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.IdempotentEndpoint;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.web.Roles;

/**
 * The work queue: items the platform opened (rejections, denials, silences, deadlines, quarantined files), listed
 * by index with cursors, and worked by billers and admins (assign, note, start, resolve, close without action), each
 * change under the item's version. Analysts read; coders read the items about codes only.
 */
@Tag(name = "Work items", description = "The work queue: items from rejections, denials, quarantined files and deadlines")
@Path("/work-items")
@Produces(MediaType.APPLICATION_JSON)
public class WorkItemsResource {
    private static final Pattern ID = Pattern.compile("w-[0-9a-f]{32}");
    private final WorkItemRepository items;
    private final WorkItemService service;
    private final Caller caller;
    private final PracticeClock clock;

    public WorkItemsResource(WorkItemRepository items, WorkItemService service, Caller caller, PracticeClock clock) {
        this.items = items;
        this.service = service;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN, Roles.CODER})
    @Operation(operationId = "listWorkItems", summary = "Work items of the practice, optionally of one status, category or assignee")
    public WorkItemAnswer.Page list(@QueryParam("status") String status, @QueryParam("category") String category,
                                      @QueryParam("payerId") String payerId, @QueryParam("assignee") String assignee,
                                      @QueryParam("dueBefore") String dueBefore, @QueryParam("first") Integer first,
                                      @QueryParam("after") String after) {
        Violations v = new Violations();
        WorkItemStatus s = enumOf(v, WorkItemStatus.class, "status", status);
        WorkItemCategory c = enumOf(v, WorkItemCategory.class, "category", category);
        LocalDate due = null;
        if (dueBefore != null && !dueBefore.isBlank()) {
            try {
                due = LocalDate.parse(dueBefore.strip());
            } catch (DateTimeParseException e) {
                v.add("date-format", "dueBefore", "a date such as 2026-12-31");
            }
        }
        int n = first == null ? 20 : first;
        if (n < 1 || n > 100) {
            v.add("first-out-of-range", "first", "first is from 1 to 100");
        }
        v.throwIfAny();
        WorkItemFilter f = new WorkItemFilter(s, c, blankToNull(payerId), blankToNull(assignee), due, codingOnly());
        Page<WorkItem> page = items.page(caller.practice(), f, n, blankToNull(after));
        return new WorkItemAnswer.Page(page.items().stream().map(WorkItemAnswers::of).toList(), page.cursors(),
                page.hasNext(), page.endCursor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN, Roles.CODER})
    @Operation(operationId = "getWorkItem", summary = "One work item by id")
    public WorkItemAnswer get(@PathParam("id") String id) {
        return WorkItemAnswers.of(service.find(caller.practice(), checked(id), codingOnly()));
    }

    @POST
    @Path("/{id}/assign")
    @IdempotentEndpoint("POST /work-items/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "assignWorkItem", summary = "Assigns an open work item (assignee absent: to nobody), at the version read")
    @APIResponse(responseCode = "200", description = "the item", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkItemAnswer.class)))
    public Response assign(@PathParam("id") String id, AssignWorkItem r,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        String to = r == null ? null : blankToNull(r.assignee());
        return move(id, r == null ? null : r.expectedVersion(),
                w -> w.assign(to, caller.actor(), clock.now()), "WORK_ITEM_ASSIGNED");
    }

    @POST
    @Path("/{id}/notes")
    @IdempotentEndpoint("POST /work-items/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "addWorkItemNote", summary = "Adds a note to a work item, at the version read")
    @APIResponse(responseCode = "200", description = "the item", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkItemAnswer.class)))
    public Response note(@PathParam("id") String id, WorkItemNote r,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return move(id, r == null ? null : r.expectedVersion(),
                w -> w.note(r.text(), caller.actor(), clock.now()), "WORK_ITEM_NOTED");
    }

    @POST
    @Path("/{id}/start")
    @IdempotentEndpoint("POST /work-items/{id}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "startWorkItem", summary = "Starts work on an open item (IN_PROGRESS), at the version read")
    @APIResponse(responseCode = "200", description = "the item", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkItemAnswer.class)))
    public Response start(@PathParam("id") String id, WorkItemNote r,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return move(id, r == null ? null : r.expectedVersion(),
                w -> w.start(caller.actor(), clock.now()), "WORK_ITEM_STARTED");
    }

    @POST
    @Path("/{id}/resolve")
    @IdempotentEndpoint("POST /work-items/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "resolveWorkItem", summary = "Resolves a work item with a note saying what was done")
    @APIResponse(responseCode = "200", description = "the item", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkItemAnswer.class)))
    public Response resolve(@PathParam("id") String id, WorkItemNote r,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return move(id, r == null ? null : r.expectedVersion(),
                w -> w.resolve(caller.actor(), r.text(), clock.now()), "WORK_ITEM_RESOLVED");
    }

    @POST
    @Path("/{id}/close")
    @IdempotentEndpoint("POST /work-items/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "closeWorkItem", summary = "Closes a work item without action, with the reason")
    @APIResponse(responseCode = "200", description = "the item", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkItemAnswer.class)))
    public Response close(@PathParam("id") String id, WorkItemNote r,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return move(id, r == null ? null : r.expectedVersion(),
                w -> w.closeNoAction(caller.actor(), r.text(), clock.now()), "WORK_ITEM_CLOSED");
    }

    /**
     * One move of an item, the same for every verb (each idempotent under its key by its endpoint): made on the version the caller read
     * (checked before the item is read: a missing version is refused first), audited as {@code action}.
     */
    private Response move(String id, Long expectedVersion, UnaryOperator<WorkItem> change, String action) {
        long version = version(expectedVersion);
        return Response.ok(WorkItemAnswers.of(service.change(caller.practice(), checked(id), version, change, action)))
                .build();
    }

    /** Coders see only the items about codes; every other reader sees all. */
    private boolean codingOnly() {
        return caller.hasRole(Roles.CODER) && !caller.hasRole(Roles.BILLER) && !caller.hasRole(Roles.ADMIN)
                && !caller.hasRole(Roles.ANALYST);
    }

    private static long version(Long v) {
        Violations violations = new Violations();
        violations.required("expectedVersion", v);
        violations.throwIfAny();
        return v;
    }

    private static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException("work item", String.valueOf(id));
        }
        return id;
    }

    private static <E extends Enum<E>> E enumOf(Violations v, Class<E> type, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("enum-value", field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
