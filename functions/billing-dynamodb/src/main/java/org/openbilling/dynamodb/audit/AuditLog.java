package org.openbilling.dynamodb.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.Keys;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The audit trail, per record. A change is keyed by the record, its version and the action, so that writing it
 * again on a retry (there are no transactions: it is written after the record) never adds a second entry. An entry
 * is written once: the write is conditional on the key being free, so a retry, or a later request that finds the
 * work done (a second POST /claims for the same encounter, by someone else), leaves who did it and when as they were
 * recorded. Reads are events of their own and get a unique key.
 */
@ApplicationScoped
public class AuditLog {
    /** Entries written at once by {@link #changedAll}. */
    static final int WRITERS = 8;
    private static final Expression KEY_FREE = Expression.builder().expression("attribute_not_exists(pk)").build();
    private final DynamoDbTable<AuditItem> table;
    // made on the first batch: most apps never write one
    private volatile Executor writers;

    public AuditLog(Tables tables) {
        this.table = tables.audit();
    }

    /** One change to record with {@link #changedAll}. */
    public record Change(String recordType, String recordId, long version, String action) {
    }

    /**
     * Records many changes (the claims and invoices of one 835), each as {@link #changed} does, {@value #WRITERS} at a
     * time. Not BatchWriteItem: it takes no condition, so it would rewrite the entries of the run a retry finishes,
     * and its permission would let the functions delete audit entries too; they may only put them (TableAccess).
     */
    public void changedAll(PracticeId practice, List<Change> changes, String actor, Instant at) {
        List<CompletableFuture<Void>> writes = new ArrayList<>(changes.size());
        for (Change c : changes) {
            writes.add(CompletableFuture.runAsync(() -> changed(practice, c.recordType(), c.recordId(), c.version(),
                    c.action(), actor, at), writers()));
        }
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Executor writers() {
        Executor e = writers;
        if (e == null) {
            synchronized (this) {
                if (writers == null) {
                    AtomicInteger n = new AtomicInteger();
                    writers = Executors.newFixedThreadPool(WRITERS, r -> {
                        Thread t = new Thread(r, "audit-writer-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                }
                e = writers;
            }
        }
        return e;
    }

    /**
     * Records a change of a record that now stands at {@code version}, unless it is recorded already: the entry of a
     * change is written once, by whoever made it, and never rewritten by a retry or by anyone else.
     */
    public void changed(PracticeId practice, String recordType, String recordId, long version, String action, String actor, Instant at) {
        AuditItem item = item(practice, recordType, recordId, version, action, actor, "SUCCESS", at, changeKey(version, action));
        try {
            table.putItem(PutItemEnhancedRequest.builder(AuditItem.class).item(item).conditionExpression(KEY_FREE).build());
        } catch (ConditionalCheckFailedException recorded) {
            // written before (by the request this one retries, or by the one that did the work): it stands
        }
    }

    /** Records a read of one record by id (found or not). */
    public void read(PracticeId practice, String recordType, String recordId, long version, String actor, boolean found, Instant at) {
        table.putItem(item(practice, recordType, recordId, version, "READ", actor, found ? "SUCCESS" : "NOT_FOUND", at,
                String.format("%012d#READ#%s#%s", version, Keys.instant(at), UUID.randomUUID())));
    }

    /**
     * The trail of one record of a practice, in time order (oldest first), at most {@code limit} entries. Entries
     * are keyed by version first, so the first {@code limit} by key are the oldest but for the last version's; they
     * are put in time order here, ties by key.
     */
    public List<AuditEntry> trail(PracticeId practice, String recordId, int limit) {
        List<AuditItem> items = new ArrayList<>();
        var pages = table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.of(practice, recordId)).build()))
                .limit(Math.min(limit, 1000)).build());
        read:
        for (var page : pages) {
            for (AuditItem i : page.items()) {
                if (items.size() == limit) {
                    break read;
                }
                items.add(i);
            }
        }
        return items.stream()
                .sorted(Comparator.comparing((AuditItem i) -> Instant.parse(i.getAt())).thenComparing(AuditItem::getSk))
                .map(i -> new AuditEntry(i.getPracticeId(), i.getRecordType(), i.getRecordId(), i.getVersion(),
                        i.getAction(), i.getActor(), i.getOutcome(), Instant.parse(i.getAt())))
                .toList();
    }

    /** {@code %012d#action}, without String.format: it runs for every entry of an 835 (a few thousand). */
    static String changeKey(long version, String action) {
        if (version < 0) {
            return String.format("%012d#%s", version, action);
        }
        String digits = Long.toString(version);
        StringBuilder key = new StringBuilder(13 + action.length());
        for (int i = digits.length(); i < 12; i++) {
            key.append('0');
        }
        return key.append(digits).append('#').append(action).toString();
    }

    private static AuditItem item(PracticeId practice, String type, String id, long version, String action, String actor,
                                  String outcome, Instant at, String sk) {
        AuditItem i = new AuditItem();
        i.setPk(Keys.of(practice, id));
        i.setSk(sk);
        i.setPracticeId(practice.value());
        i.setRecordType(type);
        i.setRecordId(id);
        i.setVersion(version);
        i.setAction(action);
        i.setActor(actor);
        i.setOutcome(outcome);
        i.setAt(at.toString());
        return i;
    }
}
