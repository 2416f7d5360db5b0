package org.openbilling.dynamodb.remittance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.remittance.PostedRemittance;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.VersionedTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Completed 835 postings: one per practice, payer and trace number (TRN02). */
@ApplicationScoped
public class RemittanceRepository {
    static final String COMPLETE = "COMPLETE";
    private final VersionedTable<RemittanceItem> table;

    public RemittanceRepository(Tables tables) {
        this.table = new VersionedTable<>(tables.remittances(), i -> 0L);
    }

    public Optional<PostedRemittance> find(PracticeId practice, String payerId, String traceNumber) {
        return table.get(key(practice, payerId, traceNumber))
                .map(i -> RemittanceDocument.read(i.getBody()));
    }

    /**
     * Marks a remittance posted, with its answer. The first record wins: a concurrent posting of the same file
     * computed the same answer, so losing the race is fine; returns the record that stands.
     */
    public PostedRemittance complete(PostedRemittance r) {
        RemittanceItem i = new RemittanceItem();
        i.setPk(key(r.practiceId(), r.payerId(), r.traceNumber()));
        i.setPracticeId(r.practiceId().value());
        i.setPayerId(r.payerId());
        i.setTraceNumber(r.traceNumber());
        i.setStatus(COMPLETE);
        i.setPostedAt(r.postedAt().toString());
        i.setBody(StorageJson.write(RemittanceDocument.of(r)));
        if (table.create(i)) {
            return r;
        }
        return find(r.practiceId(), r.payerId(), r.traceNumber()).orElse(r);
    }

    /**
     * Replaces the record with {@code next} (its totals after a re-post) if it still holds what {@code read} holds;
     * answers the record that stands. A re-post that lost the race to another computed the same totals from the same
     * claims, so the winner's record is as good.
     */
    public PostedRemittance update(PostedRemittance read, PostedRemittance next) {
        String pk = key(read.practiceId(), read.payerId(), read.traceNumber());
        Optional<RemittanceItem> stored = table.get(pk);
        if (stored.isEmpty() || !RemittanceDocument.read(stored.get().getBody()).equals(read)) {
            return stored.map(i -> RemittanceDocument.read(i.getBody())).orElse(next);
        }
        RemittanceItem i = stored.get();
        String before = i.getBody();
        i.setBody(StorageJson.write(RemittanceDocument.of(next)));
        try {
            table.table().putItem(PutItemEnhancedRequest.builder(RemittanceItem.class).item(i)
                    .conditionExpression(Expression.builder().expression("#b = :before")
                            .expressionNames(Map.of("#b", "body"))
                            .expressionValues(Map.of(":before", AttributeValue.fromS(before))).build())
                    .build());
            return next;
        } catch (ConditionalCheckFailedException raced) {
            return find(read.practiceId(), read.payerId(), read.traceNumber()).orElse(next);
        }
    }

    private static String key(PracticeId practice, String payerId, String traceNumber) {
        // payer and trace are the payer's own text: length-prefix them so no two pairs spell the same key
        return Keys.of(practice, "835", payerId.length() + ":" + payerId, traceNumber);
    }
}
