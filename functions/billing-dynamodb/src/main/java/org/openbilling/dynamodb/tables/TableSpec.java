package org.openbilling.dynamodb.tables;

import java.util.List;

/** One table: its logical name (the physical name adds a prefix), keys (strings), indexes and expiry attribute. */
public record TableSpec(String logicalName, String partitionKey, String sortKey, List<IndexSpec> indexes,
                        String ttlAttribute) {
    public TableSpec {
        indexes = List.copyOf(indexes);
    }

    public String physicalName(String prefix) {
        return prefix + logicalName;
    }

    public IndexSpec index(String name) {
        return indexes.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no index " + name + " on " + logicalName));
    }
}
