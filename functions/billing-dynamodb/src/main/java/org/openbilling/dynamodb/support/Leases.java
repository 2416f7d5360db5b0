package org.openbilling.dynamodb.clearinghouse;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A lease on one item: a single conditional UpdateItem takes it when it is free or has lapsed, so that two runs
 * never work on the same connection or file at once, and a run killed half-way holds it only until it lapses.
 * Only the lease attributes are touched: the item's document and version stay as they are.
 */
final class Leases {
    private Leases() {
    }

    static boolean take(DynamoDbClient client, String table, String pk, String owner, Instant until, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":until", AttributeValue.fromS(until.toString()));
        values.put(":owner", AttributeValue.fromS(owner));
        values.put(":now", AttributeValue.fromS(now.toString()));
        try {
            client.updateItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS(pk)))
                    .updateExpression("SET leaseUntil = :until, leaseOwner = :owner")
                    .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now"
                            + " OR leaseOwner = :owner)")
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    static void release(DynamoDbClient client, String table, String pk, String owner) {
        try {
            client.updateItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS(pk)))
                    .updateExpression("REMOVE leaseUntil, leaseOwner")
                    .conditionExpression("leaseOwner = :owner")
                    .expressionAttributeValues(Map.of(":owner", AttributeValue.fromS(owner))));
        } catch (ConditionalCheckFailedException e) {
            // lapsed and taken by another run: it is theirs now
        }
    }
}
