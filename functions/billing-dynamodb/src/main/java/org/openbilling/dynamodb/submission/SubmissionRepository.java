package org.openbilling.dynamodb.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.SubmissionId;
import org.openbilling.domain.submission.Submission;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.VersionedTable;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** 837P batches as sent, by id and by group control number, and the per-practice control-number counter. */
@ApplicationScoped
public class SubmissionRepository {
    /** ISA13 has nine digits: the counter wraps after 999,999,999 batches. */
    static final long MAX_CONTROL_NUMBER = 999_999_999L;
    private final VersionedTable<SubmissionItem> table;
    private final DynamoDbClient client;
    private final String tableName;

    public SubmissionRepository(Tables tables, DynamoDbClient client) {
        this.table = new VersionedTable<>(tables.submissions(), i -> 0L);
        this.client = client;
        this.tableName = tables.physicalName(TableDefinitions.SUBMISSIONS);
    }

    /**
     * The next control number of a practice: one atomic UpdateItem ADD on the practice's counter item, so that
     * two submissions never share a number (a crash after taking one only leaves a gap).
     */
    public long nextControlNumber(PracticeId practice) {
        var response = client.updateItem(r -> r.tableName(tableName)
                .key(Map.of("pk", AttributeValue.fromS(Keys.of(practice, "control-counter"))))
                .updateExpression("ADD #n :one")
                .expressionAttributeNames(Map.of("#n", "counter"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW));
        long n = Long.parseLong(response.attributes().get("counter").n());
        return (n - 1) % MAX_CONTROL_NUMBER + 1;
    }

    /** Stores a new submission; false when one with its id exists already. */
    public boolean create(Submission s) {
        SubmissionItem i = new SubmissionItem();
        i.setPk(Keys.of(s.practiceId(), s.id().value()));
        i.setControlPk(controlKey(s.practiceId(), s.controlNumbers().group()));
        i.setId(s.id().value());
        i.setPracticeId(s.practiceId().value());
        i.setCreatedAt(s.createdAt().toString());
        i.setBody(StorageJson.write(SubmissionDocument.of(s)));
        i.setX12Gzip(SdkBytes.fromByteArray(gzip(s.x12())));
        // in the outbox from the same write that stores it: a batch stored is a batch the uploader will find
        inOutbox(i, s.practiceId(), s.createdAt(), s.id().value());
        return table.create(i);
    }

    /** Puts a stored file (an 837P batch or a 276 inquiry) in the practice's outbox index. */
    static void inOutbox(SubmissionItem i, PracticeId practice, java.time.Instant createdAt, String id) {
        i.setOutboxPk(Keys.of(practice, "outbox"));
        i.setOutboxSk(Keys.instant(createdAt) + "#" + id);
    }

    /** The 837P batch with this id; a 276 inquiry stored beside the batches is none. */
    public Optional<Submission> find(PracticeId practice, SubmissionId id) {
        if (org.openbilling.domain.submission.StatusInquiry.isInquiryId(id.value())) {
            return Optional.empty();
        }
        return table.get(Keys.of(practice, id.value())).map(SubmissionRepository::toDomain);
    }

    /** The practice's batch with this group control number (GS06, quoted back by a 999's AK1); leading zeros ignored. */
    public Optional<Submission> findByGroupControlNumber(PracticeId practice, String groupControlNumber) {
        String key = controlKey(practice, Submission.ControlNumbers.strip(groupControlNumber));
        var pages = table.table().index(Indexes.BY_CONTROL_NUMBER).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(key).build()))
                .limit(1).build());
        for (var page : pages) {
            for (SubmissionItem item : page.items()) {
                return Optional.of(toDomain(item));
            }
            break;
        }
        return Optional.empty();
    }

    /**
     * Ids of the practice's batches (and 276 inquiries) stored at or after {@code since} and not yet uploaded, oldest first (the sparse
     * outbox index: its cost follows the batches waiting, not the history).
     */
    public java.util.List<SubmissionId> awaitingUpload(PracticeId practice, java.time.Instant since, int limit) {
        var pages = table.table().index(Indexes.OUTBOX).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortGreaterThanOrEqualTo(Key.builder()
                        .partitionValue(Keys.of(practice, "outbox")).sortValue(Keys.instant(since)).build()))
                .limit(limit).build());
        java.util.List<SubmissionId> out = new java.util.ArrayList<>();
        for (var page : pages) {
            page.items().forEach(i -> out.add(new SubmissionId(i.getId())));
            break;
        }
        return out;
    }

    /** How far the batch's upload got, if it started. */
    public Optional<org.openbilling.domain.clearinghouse.SubmissionUpload> upload(PracticeId practice, SubmissionId id) {
        return table.get(Keys.of(practice, id.value())).map(SubmissionItem::getUpload)
                .map(UploadDocument::read);
    }

    /**
     * Records the upload's progress on the batch; SENT also takes it out of the outbox, in the same single-item
     * write. Only these attributes change: the batch as sent stays as it was.
     */
    public void recordUpload(PracticeId practice, SubmissionId id, org.openbilling.domain.clearinghouse.SubmissionUpload upload) {
        String update = upload.state() == org.openbilling.domain.clearinghouse.SubmissionUpload.State.SENT
                ? "SET upload = :u REMOVE outboxPk, outboxSk" : "SET upload = :u";
        client.updateItem(r -> r.tableName(tableName).key(Map.of("pk", AttributeValue.fromS(Keys.of(practice, id.value()))))
                .updateExpression(update).conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(UploadDocument.write(upload)))));
    }

    private static String controlKey(PracticeId practice, String group) {
        return Keys.of(practice, "group", Submission.ControlNumbers.strip(group));
    }

    private static Submission toDomain(SubmissionItem i) {
        return SubmissionDocument.read(i.getBody(), gunzip(i.getX12Gzip().asByteArray()));
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 8 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String gunzip(byte[] data) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored submission cannot be read", e);
        }
    }
}
