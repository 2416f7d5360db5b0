package org.openbilling.dynamodb.workitem;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.workqueue.WorkItem;
import org.openbilling.dynamodb.CursorCodec;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.IndexPager;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.VersionedTable;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Work items. Each change is one conditional write of one item: an item is created once under the id its causing
 * event derives ({@code attribute_not_exists}), and replaced only at the version it was read at, so a re-posted
 * file or a second scheduled run never makes or moves an item twice, and a person's stale change is refused.
 */
@ApplicationScoped
public class WorkItemRepository {
    private final VersionedTable<WorkItemItem> table;
    private final CursorCodec cursors;

    public WorkItemRepository(Tables tables, CursorCodec cursors) {
        this.table = new VersionedTable<>(tables.workItems(), WorkItemItem::getVersion);
        this.cursors = cursors;
    }

    static String key(PracticeId practice, String id) {
        return Keys.of(practice, "work", id);
    }

    public Optional<WorkItem> find(PracticeId practice, String id) {
        return table.get(key(practice, id)).map(WorkItemRepository::toDomain);
    }

    /** Stores a new item at version 1; empty when an item with its id exists already (the event was seen before). */
    public Optional<WorkItem> create(WorkItem w) {
        WorkItem stored = w.withVersion(1);
        return table.create(toItem(stored)) ? Optional.of(stored) : Optional.empty();
    }

    /**
     * Writes {@code w} if the stored item is still at {@code w.version()}; answers it at the next version.
     *
     * @throws StaleVersionException when another change came first
     */
    public WorkItem update(WorkItem w) {
        WorkItem stored = w.withVersion(w.version() + 1);
        if (!table.replace(toItem(stored), w.version())) {
            throw new StaleVersionException("work item", w.id(), w.version());
        }
        return stored;
    }

    /** A page of the practice's items as the filter says, earliest due first. */
    public Page<WorkItem> page(PracticeId practice, WorkItemFilter f, int first, String cursor) {
        String index;
        String pkAttribute;
        String pk;
        if (f.assignee() != null) {
            index = Indexes.WORK_BY_ASSIGNEE_DUE;
            pkAttribute = "assigneePk";
            pk = assigneePk(practice, f.assignee());
        } else if (f.status() != null) {
            index = Indexes.WORK_BY_STATUS_DUE;
            pkAttribute = "statusPk";
            pk = Keys.of(practice, "work-status", f.status().name());
        } else {
            index = Indexes.WORK_OPEN_BY_DUE;
            pkAttribute = "openPk";
            pk = openPk(practice);
        }
        var pager = new IndexPager<>(table.table().index(index), table.table().tableSchema(),
                List.of("pk", pkAttribute, "dueSk"), cursors);
        QueryConditional condition = f.dueBefore() == null
                ? QueryConditional.keyEqualTo(Key.builder().partitionValue(pk).build())
                : QueryConditional.sortLessThan(Key.builder().partitionValue(pk).sortValue(f.dueBefore().toString()).build());
        Page<WorkItemItem> page = pager.page(practice, f.listKey(), condition, true, filter(f), null, first, cursor);
        return page.map(WorkItemRepository::toDomain);
    }

    /** Every item of one claim (a claim has a handful), oldest first. */
    public List<WorkItem> byClaim(PracticeId practice, ClaimId claim) {
        List<WorkItem> out = new ArrayList<>();
        var pages = table.table().index(Indexes.BY_CLAIM).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(claimPk(practice, claim)).build()))
                .build());
        for (var p : pages) {
            p.items().forEach(i -> out.add(toDomain(i)));
        }
        return out;
    }

    /** The practice's open items, earliest due first, read page by page as consumed (the scheduled sweep). */
    public Stream<WorkItem> openStream(PracticeId practice) {
        var pages = table.table().index(Indexes.WORK_OPEN_BY_DUE).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(openPk(practice)).build()))
                .limit(100).build());
        return pages.stream().flatMap(p -> p.items().stream()).map(WorkItemRepository::toDomain);
    }

    private static Expression filter(WorkItemFilter f) {
        List<String> parts = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        if (f.assignee() != null && f.status() != null) {
            parts.add("#s = :s");
            names.put("#s", "status");
            values.put(":s", AttributeValue.fromS(f.status().name()));
        }
        if (f.category() != null) {
            parts.add("#c = :c");
            names.put("#c", "category");
            values.put(":c", AttributeValue.fromS(f.category().name()));
        }
        if (f.payerId() != null) {
            parts.add("#p = :p");
            names.put("#p", "payerId");
            values.put(":p", AttributeValue.fromS(f.payerId()));
        }
        if (f.codingOnly()) {
            parts.add("#k = :k");
            names.put("#k", "codingRelated");
            values.put(":k", AttributeValue.fromS("true"));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return Expression.builder().expression(String.join(" AND ", parts)).expressionNames(names)
                .expressionValues(values).build();
    }

    private static String openPk(PracticeId practice) {
        return Keys.of(practice, "work-open");
    }

    private static String assigneePk(PracticeId practice, String assignee) {
        return Keys.of(practice, "work-assignee", assignee);
    }

    private static String claimPk(PracticeId practice, ClaimId claim) {
        return Keys.of(practice, "work-claim", claim.value());
    }

    private static WorkItemItem toItem(WorkItem w) {
        WorkItemItem i = new WorkItemItem();
        i.setPk(key(w.practiceId(), w.id()));
        String due = w.dueOn().toString() + "#" + w.id();
        i.setDueSk(due);
        i.setOpenPk(w.status().isOpen() ? openPk(w.practiceId()) : null);
        i.setStatusPk(Keys.of(w.practiceId(), "work-status", w.status().name()));
        i.setAssigneePk(w.assignee() == null ? null : assigneePk(w.practiceId(), w.assignee()));
        if (w.claimId() != null) {
            i.setClaimPk(claimPk(w.practiceId(), w.claimId()));
            i.setCreatedSk(Keys.instant(w.createdAt()) + "#" + w.id());
        }
        i.setStatus(w.status().name());
        i.setCategory(w.category().name());
        i.setPayerId(w.payerId());
        i.setCodingRelated(Boolean.toString(w.codingRelated()));
        i.setVersion(w.version());
        i.setBody(StorageJson.write(WorkItemDocument.of(w)));
        return i;
    }

    private static WorkItem toDomain(WorkItemItem i) {
        return StorageJson.read(i.getBody(), WorkItemDocument.class).toDomain(i.getVersion());
    }
}
