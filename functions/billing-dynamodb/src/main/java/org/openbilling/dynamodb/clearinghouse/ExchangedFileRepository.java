package org.openbilling.dynamodb.clearinghouse;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.dynamodb.CursorCodec;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.IndexPager;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.Leases;
import org.openbilling.dynamodb.support.VersionedTable;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Files exchanged with clearinghouses. Every change is one conditional write of one item: a file is created once
 * (its id derives from its content or its batch), and moves on only from the version it was read at, so two runs
 * can never both record it processed.
 */
@ApplicationScoped
public class ExchangedFileRepository {
    private final VersionedTable<ExchangedFileItem> table;
    private final DynamoDbClient client;
    private final String tableName;
    private final CursorCodec cursors;

    public ExchangedFileRepository(Tables tables, DynamoDbClient client, CursorCodec cursors) {
        this.table = new VersionedTable<>(tables.exchangedFiles(), ExchangedFileItem::getVersion);
        this.client = client;
        this.tableName = tables.physicalName(TableDefinitions.EXCHANGED_FILES);
        this.cursors = cursors;
    }

    static String key(PracticeId practice, String id) {
        return Keys.of(practice, "file", id);
    }

    public Optional<ExchangedFile> find(PracticeId practice, String id) {
        return table.get(key(practice, id)).filter(i -> i.getBody() != null)
                .map(i -> StorageJson.read(i.getBody(), ExchangedFileDocument.class).toDomain(i.getVersion()));
    }

    /** Records a new file at version 1; false when a file with its id is recorded already. */
    public boolean create(ExchangedFile f) {
        ExchangedFile stored = f.withVersion(1);
        ExchangedFileItem item = new ExchangedFileItem();
        item.setPk(key(f.practiceId(), f.id()));
        item.setFilesPk(Keys.of(f.practiceId(), "files"));
        item.setFileSk(Keys.instant(f.exchangedAt()) + "#" + f.id());
        item.setVersion(1L);
        item.setStatus(f.status().name());
        item.setBody(StorageJson.write(ExchangedFileDocument.of(stored)));
        return table.create(item);
    }

    /**
     * Writes {@code f} if the stored file is still at {@code f.version()}; answers it at the next version.
     *
     * @throws StaleVersionException when another run changed it first
     */
    public ExchangedFile update(ExchangedFile f) {
        ExchangedFile stored = f.withVersion(f.version() + 1);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":body", AttributeValue.fromS(StorageJson.write(ExchangedFileDocument.of(stored))));
        values.put(":status", AttributeValue.fromS(stored.status().name()));
        values.put(":v", AttributeValue.fromN(Long.toString(stored.version())));
        values.put(":expected", AttributeValue.fromN(Long.toString(f.version())));
        try {
            client.updateItem(r -> r.tableName(tableName).key(Map.of("pk", AttributeValue.fromS(key(f.practiceId(), f.id()))))
                    .updateExpression("SET body = :body, #s = :status, version = :v")
                    .conditionExpression("version = :expected")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            throw new StaleVersionException("exchanged file", f.id(), f.version());
        }
        return stored;
    }

    /** Takes a file's processing lease; false while another run is processing it. */
    public boolean takeLease(PracticeId practice, String id, String owner, Instant until, Instant now) {
        return Leases.take(client, tableName, key(practice, id), owner, until, now);
    }

    public void releaseLease(PracticeId practice, String id, String owner) {
        Leases.release(client, tableName, key(practice, id), owner);
    }

    /**
     * The file a remote file (folder, name, size, time) became, if it was taken in already: a mailbox that keeps
     * what it served is then not downloaded again on every run.
     */
    public Optional<String> takenIn(PracticeId practice, String remoteKey) {
        return table.get(Keys.of(practice, "remote", remoteKey)).map(ExchangedFileItem::getFileId);
    }

    /** Remembers that a remote file became {@code fileId} (written after the file's record; rewriting is harmless). */
    public void rememberTakenIn(PracticeId practice, String remoteKey, String fileId) {
        ExchangedFileItem item = new ExchangedFileItem();
        item.setPk(Keys.of(practice, "remote", remoteKey));
        item.setFileId(fileId);
        table.table().putItem(item);
    }

    /**
     * A page of the practice's files, newest first, optionally only those of one status (filtered on the index,
     * so a page may read past files of other statuses; the cursor resumes after the last file handed out).
     */
    public Page<ExchangedFile> page(PracticeId practice, ExchangedFile.Status status, int first, String cursor) {
        var pager = new IndexPager<>(table.table().index(Indexes.FILES_BY_PRACTICE), table.table().tableSchema(),
                List.of("pk", "filesPk", "fileSk"), cursors);
        QueryConditional condition = QueryConditional.keyEqualTo(Key.builder()
                .partitionValue(Keys.of(practice, "files")).build());
        Expression filter = status == null ? null : Expression.builder().expression("#s = :s")
                .expressionNames(Map.of("#s", "status")).expressionValues(Map.of(":s", AttributeValue.fromS(status.name())))
                .build();
        Page<ExchangedFileItem> page = pager.page(practice, "exchanged-files:" + status, condition, false, filter, null,
                first, cursor);
        return page.map(i -> StorageJson.read(i.getBody(), ExchangedFileDocument.class).toDomain(i.getVersion()));
    }
}
