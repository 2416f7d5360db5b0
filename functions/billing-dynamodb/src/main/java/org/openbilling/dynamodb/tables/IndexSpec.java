package org.openbilling.dynamodb.tables;

/** A global secondary index: string partition key, optional string sort key, all attributes projected. */
public record IndexSpec(String name, String partitionKey, String sortKey) {
}
