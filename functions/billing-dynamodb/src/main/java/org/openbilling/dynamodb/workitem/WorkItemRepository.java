package org.openbilling.dynamodb.workitem;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.openbilling.dynamodb.support.Leases;
import org.openbilling.dynamodb.support.VersionedTable;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Work items. Each change is one conditional write of one item: an item is created once under the id its causing
 * event derives ({@code attribute_not_exists}), and replaced only at the version it was read at, so a re-posted
 * file or a second scheduled run never makes or moves an item twice, and a person's stale change is refused.
 */
@ApplicationScoped
public class WorkItemRepository {
    /** BatchGetItem takes at most 100 keys a call, BatchWriteItem 25 puts. */
    public static final int GET_BATCH = 100;
    public static final int WRITE_BATCH = 25;
    private final VersionedTable<WorkItemItem> table;
    private final CursorCodec cursors;
    private final DynamoDbClient client;
    private final String tableName;

    public WorkItemRepository(Tables tables, CursorCodec cursors, DynamoDbClient client) {
        this.table = new VersionedTable<>(tables.workItems(), WorkItemItem::getVersion);
        this.cursors = cursors;
        this.client = client;
        this.tableName = tables.workItems().tableName();
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
     * Which of {@code ids} (the practice's item ids) are stored, in any status: one consistent BatchGetItem per
     * hundred ids, keys only (a lapsed item someone closed counts: its id must not be written again).
     */
    public Set<String> existing(PracticeId practice, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += GET_BATCH) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String id : all.subList(from, Math.min(all.size(), from + GET_BATCH))) {
                keys.add(Map.of("pk", AttributeValue.fromS(key(practice, id))));
            }
            Map<String, KeysAndAttributes> request = Map.of(tableName, KeysAndAttributes.builder().keys(keys)
                    .consistentRead(true).projectionExpression("pk").build());
            for (int attempt = 0; !request.isEmpty(); attempt++) {
                Map<String, KeysAndAttributes> asked = request;
                BatchGetItemResponse r = client.batchGetItem(b -> b.requestItems(asked));
                r.responses().getOrDefault(tableName, List.of()).forEach(i -> found.add(idOf(i.get("pk").s())));
                request = r.hasUnprocessedKeys() ? r.unprocessedKeys() : Map.of();
                backOff(request.isEmpty(), attempt);
            }
        }
        return found;
    }

    /**
     * Stores new items at version 1 without a condition, twenty-five a BatchWriteItem call, retrying what DynamoDB
     * left unprocessed. Only for items the caller has just seen absent ({@link #existing}) and that nothing else can
     * write meanwhile: a person changes only an item that exists, and the one writer of the ids (the work queue's
     * checks of the practice) holds {@link #takeChecksLease the practice's lease}. Anything else uses {@link #create}.
     */
    public List<WorkItem> createAllAbsent(List<WorkItem> absent) {
        List<WorkItem> stored = absent.stream().map(w -> w.withVersion(1)).toList();
        for (int from = 0; from < stored.size(); from += WRITE_BATCH) {
            List<WriteRequest> puts = new ArrayList<>();
            for (WorkItem w : stored.subList(from, Math.min(stored.size(), from + WRITE_BATCH))) {
                puts.add(WriteRequest.builder().putRequest(PutRequest.builder()
                        .item(table.table().tableSchema().itemToMap(toItem(w), true)).build()).build());
            }
            Map<String, List<WriteRequest>> request = Map.of(tableName, puts);
            for (int attempt = 0; !request.isEmpty(); attempt++) {
                Map<String, List<WriteRequest>> asked = request;
                BatchWriteItemResponse r = client.batchWriteItem(b -> b.requestItems(asked));
                request = r.hasUnprocessedItems() ? r.unprocessedItems() : Map.of();
                backOff(request.isEmpty(), attempt);
            }
        }
        return stored;
    }

    /**
     * Takes the practice's lease on its checks until {@code until} (one conditional UpdateItem on an item of its
     * own, made by the first take); false while another run holds it.
     */
    public boolean takeChecksLease(PracticeId practice, String owner, Instant until, Instant now) {
        return Leases.takeOwnItem(client, tableName, checksLeaseKey(practice), owner, until, now);
    }

    public void releaseChecksLease(PracticeId practice, String owner) {
        Leases.release(client, tableName, checksLeaseKey(practice), owner);
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

    private static String checksLeaseKey(PracticeId practice) {
        // no index key: the lease item is in no index, and no item id is "checks-lease" (ids are "w-" + hex)
        return Keys.of(practice, "work-checks-lease");
    }

    private static String idOf(String pk) {
        return pk.substring(pk.lastIndexOf('#') + 1);
    }

    /** A growing pause before asking again for what DynamoDB left unprocessed (it throttled). */
    private static void backOff(boolean done, int attempt) {
        if (done) {
            return;
        }
        if (attempt >= 10) {
            throw new IllegalStateException("DynamoDB left part of a batch unprocessed ten times");
        }
        try {
            Thread.sleep(Math.min(1000L, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a batch", e);
        }
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
