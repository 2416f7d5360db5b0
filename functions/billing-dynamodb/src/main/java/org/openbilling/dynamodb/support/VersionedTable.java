package org.openbilling.dynamodb.support;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Single-item conditional writes: a create succeeds only where no item exists, a replace only at the version the
 * writer read. This is the whole of the platform's atomicity (there are no transactions).
 */
public final class VersionedTable<I> {
    private final DynamoDbTable<I> table;
    private final Function<I, Long> version;

    public VersionedTable(DynamoDbTable<I> table, Function<I, Long> version) {
        this.table = table;
        this.version = version;
    }

    public DynamoDbTable<I> table() {
        return table;
    }

    public Optional<I> get(String pk) {
        return Optional.ofNullable(table.getItem(r -> r.key(Key.builder().partitionValue(pk).build()).consistentRead(true)));
    }

    /** Writes a new item; false when one with that key exists already. */
    public boolean create(I item) {
        try {
            table.putItem(PutItemEnhancedRequest.builder((Class<I>) item.getClass()).item(item)
                    .conditionExpression(Expression.builder().expression("attribute_not_exists(pk)").build())
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Replaces an item that is still at {@code expectedVersion}; false when another write came first. */
    public boolean replace(I item, long expectedVersion) {
        if (version.apply(item) != expectedVersion + 1) {
            throw new IllegalArgumentException("a replace writes version expected + 1");
        }
        try {
            table.putItem(PutItemEnhancedRequest.builder((Class<I>) item.getClass()).item(item)
                    .conditionExpression(Expression.builder().expression("#v = :expected")
                            .expressionNames(Map.of("#v", "version"))
                            .expressionValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
                            .build())
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
