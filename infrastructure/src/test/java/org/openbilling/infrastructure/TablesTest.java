package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.openbilling.infrastructure.SynthesizedStack.getAtt;
import static org.openbilling.infrastructure.SynthesizedStack.properties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbilling.dynamodb.tables.IndexSpec;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;
import software.amazon.awscdk.assertions.Match;

class TablesTest {
    private static SynthesizedStack synth;
    private static String keyId;

    @BeforeAll
    static void synthesize() {
        synth = SynthesizedStack.get();
        keyId = synth.resources("AWS::KMS::Key").keySet().iterator().next();
    }

    static Stream<TableSpec> tables() {
        return TableDefinitions.all().stream();
    }

    @Test
    void everyDefinedTableAndNoOther() {
        synth.template.resourceCountIs("AWS::DynamoDB::Table", TableDefinitions.all().size());
    }

    @ParameterizedTest
    @MethodSource("tables")
    void onDemandRecoverableEncryptedProtected(TableSpec spec) {
        Map<String, Object> table = synth.resources().get(synth.tableId(spec));
        Map<String, Object> props = properties(table);
        assertEquals("PAY_PER_REQUEST", props.get("BillingMode"));
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), props.get("PointInTimeRecoverySpecification"));
        assertEquals(Map.of("SSEEnabled", true, "SSEType", "KMS", "KMSMasterKeyId", getAtt(keyId, "Arn")),
                props.get("SSESpecification"));
        assertEquals(true, props.get("DeletionProtectionEnabled"));
        assertEquals("Retain", table.get("DeletionPolicy"));
        assertEquals("Retain", table.get("UpdateReplacePolicy"));
        assertNull(props.get("ProvisionedThroughput"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void keysAndIndexesFromTheDefinition(TableSpec spec) {
        Map<String, Object> props = properties(synth.resources().get(synth.tableId(spec)));
        assertEquals(keySchema(spec.partitionKey(), spec.sortKey()), props.get("KeySchema"));

        List<Object> expectedIndexes = new ArrayList<>();
        Set<String> keyAttributes = new LinkedHashSet<>(keyNames(spec.partitionKey(), spec.sortKey()));
        for (IndexSpec index : spec.indexes()) {
            expectedIndexes.add(Map.of("IndexName", index.name(),
                    "KeySchema", keySchema(index.partitionKey(), index.sortKey()),
                    "Projection", Map.of("ProjectionType", "ALL")));
            keyAttributes.addAll(keyNames(index.partitionKey(), index.sortKey()));
        }
        assertEquals(expectedIndexes, props.getOrDefault("GlobalSecondaryIndexes", List.of()));

        // every key attribute is a string, and nothing but key attributes is declared
        List<Object> definitions = keyAttributes.stream()
                .map(name -> (Object) Map.of("AttributeName", name, "AttributeType", "S")).toList();
        assertEquals(Set.copyOf(definitions), Set.copyOf((List<?>) props.get("AttributeDefinitions")));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void timeToLiveOnlyWhereDefined(TableSpec spec) {
        Object ttl = properties(synth.resources().get(synth.tableId(spec))).get("TimeToLiveSpecification");
        if (spec.ttlAttribute() == null) {
            assertNull(ttl);
        } else {
            assertEquals(Map.of("AttributeName", spec.ttlAttribute(), "Enabled", true), ttl);
        }
    }

    @Test
    void idempotencyRecordsExpire() {
        assertEquals("expiresAt", TableDefinitions.IDEMPOTENCY.ttlAttribute());
        synth.template.hasResourceProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "TableName", SynthesizedStack.PREFIX + "idempotency",
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true))));
    }

    @Test
    void customerManagedKeyRotatesAndOutlivesTheStack() {
        Map<String, Object> key = synth.resources().get(keyId);
        synth.template.resourceCountIs("AWS::KMS::Key", 1);
        assertEquals(true, properties(key).get("EnableKeyRotation"));
        assertEquals("Retain", key.get("DeletionPolicy"));
        synth.template.hasResourceProperties("AWS::KMS::Alias", Map.of(
                "AliasName", "alias/billing-" + SynthesizedStack.STAGE,
                "TargetKeyId", getAtt(keyId, "Arn")));
    }

    @Test
    void noScanAnywhere() {
        assertFalse(synth.json.toString().contains("dynamodb:Scan"));
    }

    private static List<Object> keySchema(String partitionKey, String sortKey) {
        List<Object> schema = new ArrayList<>();
        schema.add(Map.of("AttributeName", partitionKey, "KeyType", "HASH"));
        if (sortKey != null) {
            schema.add(Map.of("AttributeName", sortKey, "KeyType", "RANGE"));
        }
        return schema;
    }

    private static List<String> keyNames(String partitionKey, String sortKey) {
        return sortKey == null ? List.of(partitionKey) : List.of(partitionKey, sortKey);
    }
}
