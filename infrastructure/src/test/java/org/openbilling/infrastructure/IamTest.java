package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbilling.infrastructure.SynthesizedStack.getAtt;
import static org.openbilling.infrastructure.SynthesizedStack.properties;
import static org.openbilling.infrastructure.SynthesizedStack.ref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbilling.dynamodb.tables.IndexSpec;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;

class IamTest {
    private static SynthesizedStack synth;
    private static String keyId;

    @BeforeAll
    static void synthesize() {
        synth = SynthesizedStack.get();
        keyId = synth.resources("AWS::KMS::Key").keySet().iterator().next();
    }

    /** The statements of the one inline policy on a function's role. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(ServiceFunction function) {
        Map<?, ?> roleArn = (Map<?, ?>) synth.function(function).get("Role");
        String roleId = (String) ((List<?>) roleArn.get("Fn::GetAtt")).get(0);
        List<Map<String, Object>> policies = synth.resources("AWS::IAM::Policy").values().stream()
                .map(SynthesizedStack::properties)
                .filter(p -> ((List<?>) p.get("Roles")).contains(ref(roleId)))
                .toList();
        assertEquals(1, policies.size(), "one inline policy on the " + function + " role");
        Map<String, Object> document = (Map<String, Object>) policies.get(0).get("PolicyDocument");
        return (List<Map<String, Object>>) document.get("Statement");
    }

    private static Set<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? new TreeSet<>(list.stream().map(String::valueOf).toList())
                : new TreeSet<>(Set.of((String) action));
    }

    private static List<Object> resources(Map<String, Object> statement) {
        Object resource = statement.get("Resource");
        return resource instanceof List<?> list ? new ArrayList<>(list) : List.of(resource);
    }

    private static Object indexArn(String tableId, String index) {
        return Map.of("Fn::Join", List.of("", List.of(getAtt(tableId, "Arn"), "/index/" + index)));
    }

    @ParameterizedTest
    @EnumSource(ServiceFunction.class)
    void exactlyTheTableActionsOfTheAccessTable(ServiceFunction function) {
        Map<String, Set<String>> onTables = new TreeMap<>();
        Set<Object> queriedIndexes = new HashSet<>();
        for (Map<String, Object> statement : statements(function)) {
            assertEquals("Allow", statement.get("Effect"));
            if (!actions(statement).iterator().next().startsWith("dynamodb:")) {
                continue;
            }
            for (Object resource : resources(statement)) {
                if (resource instanceof Map<?, ?> map && map.containsKey("Fn::GetAtt")) {
                    String tableId = (String) ((List<?>) map.get("Fn::GetAtt")).get(0);
                    onTables.computeIfAbsent(tableId, id -> new TreeSet<>()).addAll(actions(statement));
                } else {
                    assertEquals(Set.of("dynamodb:Query"), actions(statement), "only Query on an index");
                    queriedIndexes.add(resource);
                }
            }
        }

        Map<String, Set<String>> expectedOnTables = new TreeMap<>();
        Set<Object> expectedIndexes = new HashSet<>();
        for (Map.Entry<TableSpec, Set<TableAccess.Action>> grant : TableAccess.of(function).entrySet()) {
            String tableId = synth.tableId(grant.getKey());
            expectedOnTables.put(tableId, TableAccess.iamActions(function, grant.getKey()));
            if (grant.getValue().contains(TableAccess.Action.QUERY)) {
                for (IndexSpec index : grant.getKey().indexes()) {
                    expectedIndexes.add(indexArn(tableId, index.name()));
                }
            }
        }
        assertEquals(expectedOnTables, onTables);
        assertEquals(expectedIndexes, queriedIndexes);
    }

    @Test
    void accessTableIsTheOneInTheIssue() {
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"),
                TableAccess.iamActions(ServiceFunction.CODE_VALIDATION, TableDefinitions.ENCOUNTERS));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:BatchGetItem"),
                TableAccess.iamActions(ServiceFunction.CLAIM_CREATION, TableDefinitions.CLAIMS));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                TableAccess.iamActions(ServiceFunction.CLAIM_CREATION, TableDefinitions.PRACTICES));
        for (TableSpec table : List.of(TableDefinitions.CLAIMS, TableDefinitions.INVOICES,
                TableDefinitions.SUBMISSIONS, TableDefinitions.REMITTANCES)) {
            assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query",
                    "dynamodb:BatchGetItem"), TableAccess.iamActions(ServiceFunction.CLAIM_STATUS, table));
        }
        for (ServiceFunction function : List.of(ServiceFunction.CODE_VALIDATION, ServiceFunction.CLAIM_CREATION,
                ServiceFunction.CLAIM_STATUS)) {
            assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"),
                    TableAccess.iamActions(function, TableDefinitions.IDEMPOTENCY));
            assertEquals(Set.of("dynamodb:PutItem"), TableAccess.iamActions(function, TableDefinitions.AUDIT));
        }
        assertEquals(Set.of(), TableAccess.iamActions(ServiceFunction.CODE_VALIDATION, TableDefinitions.CLAIMS));
        for (TableSpec table : TableDefinitions.all()) {
            Set<String> expected = table == TableDefinitions.AUDIT
                    ? Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:PutItem")
                    : Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem");
            assertEquals(expected, TableAccess.iamActions(ServiceFunction.GATEWAY, table),
                    "the gateway only reads, and writes audit entries of reads by id");
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceFunction.class)
    void keyLogsAndTracingAndNothingElse(ServiceFunction function) {
        String logGroupId = synth.logicalId("AWS::Logs::LogGroup", "LogGroupName",
                "/aws/lambda/billing-test-" + function.id());
        List<Map<String, Object>> others = statements(function).stream()
                .filter(s -> !actions(s).iterator().next().startsWith("dynamodb:")).toList();
        Map<Set<String>, List<Object>> byActions = new HashMap<>();
        others.forEach(s -> byActions.put(actions(s), resources(s)));
        Set<String> kms = new TreeSet<>(TableAccess.kmsActions(function));
        Map<Set<String>, List<Object>> expected = new HashMap<>(Map.of(
                kms, List.of(getAtt(keyId, "Arn")),
                Set.of("logs:CreateLogStream", "logs:PutLogEvents"), List.of(getAtt(logGroupId, "Arn")),
                Set.of("xray:PutTelemetryRecords", "xray:PutTraceSegments"), List.of("*")));
        if (function == ServiceFunction.CLAIM_STATUS) {
            // it sets clearinghouse connections (their secrets, under the stack's prefix) and serves archived files
            expected.put(new TreeSet<>(Set.of("secretsmanager:CreateSecret", "secretsmanager:DescribeSecret",
                    "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue")),
                    byActions.get(Set.of("secretsmanager:CreateSecret", "secretsmanager:DescribeSecret",
                            "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue")));
            expected.put(Set.of("s3:GetObject"), byActions.get(Set.of("s3:GetObject")));
            assertTrue(String.valueOf(byActions.get(Set.of("s3:GetObject"))).contains("ExchangedFiles"));
            assertTrue(String.valueOf(expected.get(Set.of("secretsmanager:CreateSecret", "secretsmanager:DescribeSecret",
                    "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue")))
                    .contains(":secret:billing/test/clearinghouse/*"));
        }
        assertEquals(expected, byActions);
        assertEquals(expected.size(), others.size());
    }

    @Test
    void gatewayWritesOnlyAuditEntriesAndInvokesNothing() {
        assertEquals(TableAccess.KMS_WRITE, TableAccess.kmsActions(ServiceFunction.GATEWAY));
        assertEquals(TableAccess.KMS_WRITE, TableAccess.kmsActions(ServiceFunction.CODE_VALIDATION));
        String gatewayPolicy = statements(ServiceFunction.GATEWAY).toString();
        assertFalse(gatewayPolicy.contains("lambda:"), gatewayPolicy);
        assertFalse(gatewayPolicy.contains("UpdateItem") || gatewayPolicy.contains("DeleteItem"), gatewayPolicy);
        for (TableSpec table : TableDefinitions.all()) {
            boolean puts = TableAccess.iamActions(ServiceFunction.GATEWAY, table).contains("dynamodb:PutItem");
            assertEquals(table == TableDefinitions.AUDIT, puts, table.logicalName());
        }
    }

    @Test
    void rolesHaveNoManagedPoliciesAndOnlyLambdaAssumesThem() {
        // one per API function, one for the clearinghouse function and one for the work queue's checks
        synth.template.resourceCountIs("AWS::IAM::Role", ServiceFunction.values().length + 2);
        synth.resources("AWS::IAM::Role").values().forEach(role -> {
            Map<String, Object> props = properties(role);
            assertNull(props.get("ManagedPolicyArns"));
            assertTrue(props.get("AssumeRolePolicyDocument").toString().contains("lambda.amazonaws.com"));
        });
    }

    @Test
    void noWildcardActionAnywhere() {
        List<String> found = new ArrayList<>();
        collectActions(synth.json, "", found);
        assertFalse(found.isEmpty(), "the walk found the policies");
        List<String> wildcards = found.stream().filter(a -> a.contains("*")).toList();
        assertEquals(List.of(), wildcards);
        assertFalse(synth.json.toString().contains("NotAction"), "no NotAction either");
    }

    /**
     * Every IAM "Action" value that grants, in the template: role policies, the key policy, the topic policy. A Deny
     * (the buckets' "s3:* without TLS") only takes away, so its wildcard grants nothing.
     */
    private static void collectActions(Object node, String key, List<String> found) {
        if (node instanceof Map<?, ?> map && "Deny".equals(map.get("Effect"))) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectActions(v, String.valueOf(k), found));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectActions(item, key, found));
        } else if ("Action".equals(key) && node instanceof String action) {
            found.add(action);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void keyPolicyNamesEveryAction() {
        Map<String, Object> policy = (Map<String, Object>) properties(synth.resources().get(keyId)).get("KeyPolicy");
        List<Map<String, Object>> statements = (List<Map<String, Object>>) policy.get("Statement");
        Map<String, Set<String>> bySid = new TreeMap<>();
        statements.forEach(s -> bySid.put((String) s.get("Sid"), actions(s)));
        assertEquals(new TreeSet<>(BillingStack.KEY_ADMINISTRATION), bySid.get("KeyAdministrationThroughIam"));
        assertEquals(new TreeSet<>(TableAccess.KMS_WRITE), bySid.get("KeyUseThroughIam"));
        assertEquals(Set.of("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"), bySid.get("GrantsForAwsServices"));
        assertEquals(Set.of("kms:Decrypt", "kms:GenerateDataKey"), bySid.get("AlarmNotifications"));
        assertTrue(bySid.containsKey("CloudWatchLogsEncryption"));
        assertEquals(5, bySid.size());
    }
}
