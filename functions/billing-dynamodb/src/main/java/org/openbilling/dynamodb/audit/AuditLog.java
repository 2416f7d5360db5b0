package org.openbilling.dynamodb.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.Keys;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/**
 * The audit trail, per record. A change is keyed by the record, its version and the action, so that writing it
 * again on a retry (there are no transactions: it is written after the record) replaces it instead of adding a
 * second entry. Reads are events of their own and get a unique key.
 */
@ApplicationScoped
public class AuditLog {
    private static final int BATCH = 25;
    private final DynamoDbTable<AuditItem> table;
    private final DynamoDbEnhancedClient enhanced;

    public AuditLog(Tables tables, DynamoDbEnhancedClient enhanced) {
        this.table = tables.audit();
        this.enhanced = enhanced;
    }

    /** One change to record with {@link #changedAll}. */
    public record Change(String recordType, String recordId, long version, String action) {
    }

    /**
     * Records many changes in BatchWriteItem calls of 25 (a thousand claims of one 835 are 40 calls, not a
     * thousand). Keys are the same as {@link #changed}'s, so writing them again on a retry replaces them.
     */
    public void changedAll(PracticeId practice, List<Change> changes, String actor, Instant at) {
        for (int from = 0; from < changes.size(); from += BATCH) {
            WriteBatch.Builder<AuditItem> batch = WriteBatch.builder(AuditItem.class).mappedTableResource(table);
            for (Change c : changes.subList(from, Math.min(changes.size(), from + BATCH))) {
                batch.addPutItem(item(practice, c.recordType(), c.recordId(), c.version(), c.action(), actor, "SUCCESS",
                        at, String.format("%012d#%s", c.version(), c.action())));
            }
            var request = BatchWriteItemEnhancedRequest.builder().writeBatches(batch.build()).build();
            for (int attempt = 0; attempt < 10; attempt++) {
                var result = enhanced.batchWriteItem(request);
                List<AuditItem> left = result.unprocessedPutItemsForTable(table);
                if (left.isEmpty()) {
                    break;
                }
                WriteBatch.Builder<AuditItem> again = WriteBatch.builder(AuditItem.class).mappedTableResource(table);
                left.forEach(again::addPutItem);
                request = BatchWriteItemEnhancedRequest.builder().writeBatches(again.build()).build();
            }
        }
    }

    /** Records a change of a record that now stands at {@code version}. */
    public void changed(PracticeId practice, String recordType, String recordId, long version, String action, String actor, Instant at) {
        table.putItem(item(practice, recordType, recordId, version, action, actor, "SUCCESS", at,
                String.format("%012d#%s", version, action)));
    }

    /** Records a read of one record by id (found or not). */
    public void read(PracticeId practice, String recordType, String recordId, long version, String actor, boolean found, Instant at) {
        table.putItem(item(practice, recordType, recordId, version, "READ", actor, found ? "SUCCESS" : "NOT_FOUND", at,
                String.format("%012d#READ#%s#%s", version, Keys.instant(at), UUID.randomUUID())));
    }

    /** The trail of one record of a practice, oldest first. */
    public List<AuditEntry> trail(PracticeId practice, String recordId, int limit) {
        List<AuditEntry> out = new ArrayList<>();
        var pages = table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.of(practice, recordId)).build()))
                .limit(Math.min(limit, 1000)).build());
        for (var page : pages) {
            for (AuditItem i : page.items()) {
                if (out.size() == limit) {
                    return out;
                }
                out.add(new AuditEntry(i.getPracticeId(), i.getRecordType(), i.getRecordId(), i.getVersion(),
                        i.getAction(), i.getActor(), i.getOutcome(), Instant.parse(i.getAt())));
            }
        }
        return out;
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
