package org.openbilling.dynamodb.tables;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Creates the tables of {@link TableDefinitions} that do not exist yet (local run and tests; AWS uses the stack). */
public final class TableBootstrap {
    private TableBootstrap() {
    }

    /** Creates every missing table and waits until each is ACTIVE; returns the names it created. */
    public static List<String> createMissing(DynamoDbClient client, String prefix) {
        List<String> created = new ArrayList<>();
        for (TableSpec spec : TableDefinitions.all()) {
            String name = spec.physicalName(prefix);
            if (exists(client, name)) {
                continue;
            }
            try {
                client.createTable(request(spec, name));
                created.add(name);
            } catch (ResourceInUseException raced) {
                // another process created it first: fine
            }
        }
        for (TableSpec spec : TableDefinitions.all()) {
            waitActive(client, spec.physicalName(prefix));
        }
        return created;
    }

    static CreateTableRequest request(TableSpec spec, String name) {
        List<String> keyAttributes = new ArrayList<>();
        keyAttributes.add(spec.partitionKey());
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(spec.partitionKey()).keyType(KeyType.HASH).build());
        if (spec.sortKey() != null) {
            keys.add(KeySchemaElement.builder().attributeName(spec.sortKey()).keyType(KeyType.RANGE).build());
            keyAttributes.add(spec.sortKey());
        }
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        for (IndexSpec index : spec.indexes()) {
            List<KeySchemaElement> ik = new ArrayList<>();
            ik.add(KeySchemaElement.builder().attributeName(index.partitionKey()).keyType(KeyType.HASH).build());
            if (!keyAttributes.contains(index.partitionKey())) {
                keyAttributes.add(index.partitionKey());
            }
            if (index.sortKey() != null) {
                ik.add(KeySchemaElement.builder().attributeName(index.sortKey()).keyType(KeyType.RANGE).build());
                if (!keyAttributes.contains(index.sortKey())) {
                    keyAttributes.add(index.sortKey());
                }
            }
            gsis.add(GlobalSecondaryIndex.builder().indexName(index.name()).keySchema(ik)
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build());
        }
        var builder = CreateTableRequest.builder().tableName(name).keySchema(keys)
                .attributeDefinitions(keyAttributes.stream().map(a -> AttributeDefinition.builder()
                        .attributeName(a).attributeType(ScalarAttributeType.S).build()).toList())
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (!gsis.isEmpty()) {
            builder.globalSecondaryIndexes(gsis);
        }
        return builder.build();
    }

    private static boolean exists(DynamoDbClient client, String name) {
        try {
            client.describeTable(r -> r.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static void waitActive(DynamoDbClient client, String name) {
        for (int i = 0; i < 300; i++) {
            var table = client.describeTable(r -> r.tableName(name)).table();
            boolean indexesActive = table.globalSecondaryIndexes().stream()
                    .allMatch(g -> "ACTIVE".equals(g.indexStatusAsString()));
            if (table.tableStatus() == TableStatus.ACTIVE && indexesActive) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + name, e);
            }
        }
        throw new IllegalStateException("table " + name + " did not become ACTIVE");
    }
}
