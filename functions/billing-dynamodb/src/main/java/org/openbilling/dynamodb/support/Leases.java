package org.openbilling.dynamodb.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A lease on one item: a single conditional UpdateItem takes it when it is free or has lapsed, so that two runs
 * never work on the same thing at once, and a run killed half-way holds it only until it lapses. The expiry is an
 * attribute compared in the condition (dynalite has no TTL, and a lapsed lease must be takeable at once anyway).
 * Only the lease attributes are touched: the item's document and version stay as they are.
 */
public final class Leases {
    private Leases() {
    }

    /** Takes the lease on an existing item (a connection, a file); false while another owner holds it. */
    public static boolean take(DynamoDbClient client, String table, String pk, String owner, Instant until,
                               Instant now) {
        return take(client, table, pk, owner, until, now, "attribute_exists(pk) AND ");
    }

    /**
     * Takes the lease on an item that exists only to hold it (made by the first take); false while another owner
     * holds it.
     */
    public static boolean takeOwnItem(DynamoDbClient client, String table, String pk, String owner, Instant until,
                                      Instant now) {
        return take(client, table, pk, owner, until, now, "");
    }

    private static boolean take(DynamoDbClient client, String table, String pk, String owner, Instant until,
                                Instant now, String itemCondition) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":until", AttributeValue.fromS(until.toString()));
        values.put(":owner", AttributeValue.fromS(owner));
        values.put(":now", AttributeValue.fromS(now.toString()));
        try {
            client.updateItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS(pk)))
                    .updateExpression("SET leaseUntil = :until, leaseOwner = :owner")
                    .conditionExpression(itemCondition + "(attribute_not_exists(leaseUntil) OR leaseUntil < :now"
                            + " OR leaseOwner = :owner)")
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    public static void release(DynamoDbClient client, String table, String pk, String owner) {
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
