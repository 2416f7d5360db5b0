package org.openbilling.dynamodb.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openbilling.dynamodb.audit.AuditItem;
import org.openbilling.dynamodb.claim.ClaimItem;
import org.openbilling.dynamodb.claim.ClaimNumberItem;
import org.openbilling.dynamodb.clearinghouse.ConnectionItem;
import org.openbilling.dynamodb.clearinghouse.ExchangedFileItem;
import org.openbilling.dynamodb.encounter.EncounterItem;
import org.openbilling.dynamodb.idempotency.IdempotencyItem;
import org.openbilling.dynamodb.invoice.InvoiceItem;
import org.openbilling.dynamodb.practice.PracticeItem;
import org.openbilling.dynamodb.remittance.RemittanceItem;
import org.openbilling.dynamodb.submission.SubmissionItem;
import org.openbilling.dynamodb.support.StoredItems;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchemaParams;
import org.openbilling.dynamodb.workitem.WorkItemItem;

/**
 * The item beans and the table definitions name the same indexes with the same key attributes: a bean annotated with
 * an index or an attribute name the tables lack would write items no query finds (dynalite and DynamoDB both accept
 * any attribute), and a definition without a bean's annotation would be an index nothing fills.
 */
class TableDefinitionsTest {
    /** Every item class of each table (a table may hold more than one kind of item). */
    private static final Map<TableSpec, List<Class<?>>> ITEMS = Map.ofEntries(
            Map.entry(TableDefinitions.ENCOUNTERS, List.of(EncounterItem.class)),
            Map.entry(TableDefinitions.CLAIMS, List.of(ClaimItem.class, ClaimNumberItem.class)),
            Map.entry(TableDefinitions.INVOICES, List.of(InvoiceItem.class)),
            Map.entry(TableDefinitions.SUBMISSIONS, List.of(SubmissionItem.class)),
            Map.entry(TableDefinitions.REMITTANCES, List.of(RemittanceItem.class)),
            Map.entry(TableDefinitions.IDEMPOTENCY, List.of(IdempotencyItem.class)),
            Map.entry(TableDefinitions.AUDIT, List.of(AuditItem.class)),
            Map.entry(TableDefinitions.PRACTICES, List.of(PracticeItem.class)),
            Map.entry(TableDefinitions.CONNECTIONS, List.of(ConnectionItem.class)),
            Map.entry(TableDefinitions.EXCHANGED_FILES, List.of(ExchangedFileItem.class)),
            // work items are new with the work queue: no item of an earlier schema exists (an empty fixture)
            Map.entry(TableDefinitions.WORK_ITEMS, List.of(WorkItemItem.class)));

    private static TableMetadata metadata(Class<?> type) {
        TableSchema<?> schema = BeanTableSchema.create(BeanTableSchemaParams.builder(type)
                .lookup(MethodHandles.lookup()).build());
        return schema.tableMetadata();
    }

    /** index name → "partition key/sort key" as a bean declares them (its primary key under "$primary"). */
    private static Map<String, String> declared(Class<?> type) {
        TableMetadata m = metadata(type);
        Map<String, String> out = new TreeMap<>();
        m.indices().forEach(i -> {
            String name = i.name();
            String pk = m.indexPartitionKey(name);
            String sk = m.indexSortKey(name).orElse(null);
            out.put(name.equals(TableMetadata.primaryIndexName()) ? "$primary" : name, pk + "/" + sk);
        });
        return out;
    }

    private static Map<String, String> defined(TableSpec spec) {
        Map<String, String> out = new TreeMap<>();
        out.put("$primary", spec.partitionKey() + "/" + spec.sortKey());
        spec.indexes().forEach(i -> out.put(i.name(), i.partitionKey() + "/" + i.sortKey()));
        return out;
    }

    @Test
    void everyTable_hasItsItemClassesListedHere() {
        assertEquals(new HashSet<>(TableDefinitions.all()), ITEMS.keySet());
    }

    @Test
    void indexes_ofEveryItemClass_matchItsTableDefinition() {
        for (Map.Entry<TableSpec, List<Class<?>>> e : ITEMS.entrySet()) {
            for (Class<?> type : e.getValue()) {
                Map<String, String> declared = declared(type);
                Map<String, String> defined = defined(e.getKey());
                assertEquals(defined.get("$primary"), declared.get("$primary"), type.getSimpleName() + " primary key");
                if (type == ClaimNumberItem.class) {
                    // by design the claim-number items carry no index attribute: no index holds them
                    assertEquals(Set.of("$primary"), declared.keySet(), type.getSimpleName());
                    continue;
                }
                assertEquals(defined, declared, type.getSimpleName() + " against " + e.getKey().logicalName());
            }
        }
    }

    @Test
    void storedItems_carryIndexKeysOnlyInPairsTheDefinitionsName() {
        // a captured item that holds an index's sort key holds its partition key too, or no index reads it; one
        // that holds a partition key of a sparse index without its sort key would be dropped from the index
        for (TableSpec spec : TableDefinitions.all()) {
            for (StoredItems.Stored s : StoredItems.of("v1", spec.logicalName())) {
                for (IndexSpec index : spec.indexes()) {
                    boolean pk = s.item().containsKey(index.partitionKey());
                    boolean sk = index.sortKey() == null || s.item().containsKey(index.sortKey());
                    assertTrue(!pk || sk, spec.logicalName() + " " + s.label() + " in " + index.name()
                            + " has its partition key without its sort key");
                }
                Set<String> keys = new HashSet<>();
                spec.indexes().forEach(i -> {
                    keys.add(i.partitionKey());
                    if (i.sortKey() != null) {
                        keys.add(i.sortKey());
                    }
                });
                s.item().keySet().stream().filter(a -> a.endsWith("Pk") || a.endsWith("Sk"))
                        .forEach(a -> assertTrue(keys.contains(a), spec.logicalName() + " " + s.label() + ": " + a
                                + " looks like an index key but no index of the table has it"));
            }
        }
    }
}
