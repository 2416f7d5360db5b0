package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbilling.infrastructure.SynthesizedStack.getAtt;
import static org.openbilling.infrastructure.SynthesizedStack.properties;
import static org.openbilling.infrastructure.SynthesizedStack.ref;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbilling.dynamodb.tables.IndexSpec;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;

/**
 * The work queue's scheduled checks in AWS: a rule invoking a function of their own (the claim-status package with
 * the scheduled-checks route on) with the event the Lambda package's test proves it answers, and a role holding
 * the checks' table actions and nothing else.
 */
class WorkQueueScheduleTest {
    private static SynthesizedStack synth;
    private static String functionId;

    @BeforeAll
    static void synthesize() {
        synth = SynthesizedStack.get();
        functionId = synth.logicalId("AWS::Lambda::Function", "FunctionName", "billing-test-work-queue");
    }

    private static Map<String, Object> function() {
        return properties(synth.resources().get(functionId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> function) {
        return (Map<String, Object>) ((Map<String, Object>) function.get("Environment")).get("Variables");
    }

    /** The rules whose target is the work-queue function. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> rulesOfTheFunction() {
        Map<String, Map<String, Object>> found = new HashMap<>();
        synth.resources("AWS::Events::Rule").forEach((id, rule) -> {
            List<Map<String, Object>> targets = (List<Map<String, Object>>) properties(rule).get("Targets");
            if (targets.stream().anyMatch(t -> getAtt(functionId, "Arn").equals(t.get("Arn")))) {
                found.put(id, properties(rule));
            }
        });
        return found;
    }

    @Test
    @SuppressWarnings("unchecked")
    void schedule_invokesTheWorkQueueFunctionHourly_withTheEventItsLambdaTestPosts() throws Exception {
        Map<String, Map<String, Object>> rules = rulesOfTheFunction();
        assertEquals(1, rules.size(), "one rule invokes the work-queue function");
        Map<String, Object> rule = rules.values().iterator().next();
        assertEquals("rate(1 hour)", rule.get("ScheduleExpression"));
        assertEquals("ENABLED", rule.get("State"));
        List<Map<String, Object>> targets = (List<Map<String, Object>>) rule.get("Targets");
        assertEquals(1, targets.size());
        Map<String, Object> target = targets.get(0);
        assertEquals(0, ((Number) ((Map<String, Object>) target.get("RetryPolicy")).get("MaximumRetryAttempts")).intValue());
        ObjectMapper json = new ObjectMapper();
        Path tested = ClearinghouseTest.LocalPaths.root()
                .resolve("functions/claim-status-lambda/src/test/resources/apigw-v2-scheduled-checks.json");
        assertEquals(json.readTree(Files.readString(tested)), json.readTree((String) target.get("Input")),
                "the rule sends what ScheduledChecksEventTest proves the package answers");
    }

    @Test
    void schedule_onlyItsRuleMayInvokeTheFunction() {
        String ruleId = rulesOfTheFunction().keySet().iterator().next();
        List<Map<String, Object>> permissions = synth.resources("AWS::Lambda::Permission").values().stream()
                .map(SynthesizedStack::properties)
                .filter(p -> getAtt(functionId, "Arn").equals(p.get("FunctionName"))
                        || ref(functionId).equals(p.get("FunctionName")))
                .toList();
        assertEquals(1, permissions.size(), permissions.toString());
        Map<String, Object> permission = permissions.get(0);
        assertEquals("lambda:InvokeFunction", permission.get("Action"));
        assertEquals("events.amazonaws.com", permission.get("Principal"));
        assertEquals(getAtt(ruleId, "Arn"), permission.get("SourceArn"));
        // no API route reaches it
        String routes = synth.resources("AWS::ApiGatewayV2::Integration").toString();
        assertFalse(routes.contains(functionId), "no API integration of the work-queue function");
    }

    @Test
    void function_isTheClaimStatusPackage_withOnlyTheScheduledChecksRouteOn_outsideTheNetwork() {
        Map<String, Object> fn = function();
        assertEquals(BillingStack.HANDLER, fn.get("Handler"));
        assertEquals(synth.function(ServiceFunction.CLAIM_STATUS).get("Code"), fn.get("Code"), "the same zip");
        assertNull(fn.get("VpcConfig"), "it talks to DynamoDB only");
        assertEquals(300, ((Number) fn.get("Timeout")).intValue());
        assertEquals(1, ((Number) fn.get("ReservedConcurrentExecutions")).intValue());
        assertEquals(Map.of("Mode", "Active"), fn.get("TracingConfig"));
        Map<String, Object> env = environment(fn);
        assertEquals("true", env.get("BILLING_WORK_QUEUE_SCHEDULED_ROUTE"));
        assertEquals("off", env.get("BILLING_WORK_QUEUE_EVERY"));
        assertEquals("billing-test-", env.get("BILLING_DYNAMODB_TABLE_PREFIX"));
        assertFalse(env.containsKey("BILLING_CLEARINGHOUSE_SCHEDULED_ROUTE"));
        assertTrue(env.keySet().stream().noneMatch(k -> k.startsWith("BILLING_CLEARINGHOUSE_SECRETS")
                || k.startsWith("BILLING_CLEARINGHOUSE_ARCHIVE")), "no secrets, no archive: " + env.keySet());
        // the API's claim-status function keeps the route off, and so does the clearinghouse function
        assertFalse(environment(synth.function(ServiceFunction.CLAIM_STATUS)).containsKey("BILLING_WORK_QUEUE_SCHEDULED_ROUTE"));
        String logGroupId = synth.logicalId("AWS::Logs::LogGroup", "LogGroupName", "/aws/lambda/billing-test-work-queue");
        assertEquals(Map.of("LogGroup", ref(logGroupId)), fn.get("LoggingConfig"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void role_holdsTheChecksTableActions_andNoSecretsArchiveOrNetwork() {
        Map<?, ?> roleArn = (Map<?, ?>) function().get("Role");
        String roleId = (String) ((List<?>) roleArn.get("Fn::GetAtt")).get(0);
        List<Map<String, Object>> policies = synth.resources("AWS::IAM::Policy").values().stream()
                .map(SynthesizedStack::properties)
                .filter(p -> ((List<?>) p.get("Roles")).contains(ref(roleId))).toList();
        assertEquals(1, policies.size());
        List<Map<String, Object>> statements = (List<Map<String, Object>>)
                ((Map<String, Object>) policies.get(0).get("PolicyDocument")).get("Statement");

        Map<Object, Set<String>> dynamo = new HashMap<>();
        List<String> others = new ArrayList<>();
        for (Map<String, Object> s : statements) {
            Object action = s.get("Action");
            List<String> actions = action instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : List.of((String) action);
            Object resource = s.get("Resource");
            List<?> resources = resource instanceof List<?> l ? l : List.of(resource);
            if (actions.get(0).startsWith("dynamodb:")) {
                resources.forEach(r -> dynamo.computeIfAbsent(r, k -> new TreeSet<>()).addAll(actions));
            } else {
                others.addAll(actions);
            }
        }
        Map<Object, Set<String>> expected = new HashMap<>();
        TableAccess.workQueue().forEach((table, grants) -> {
            String tableId = synth.tableId(table);
            Set<String> iam = new TreeSet<>();
            grants.forEach(a -> iam.add(a.iam()));
            expected.put(getAtt(tableId, "Arn"), iam);
            if (grants.contains(TableAccess.Action.QUERY)) {
                for (IndexSpec index : table.indexes()) {
                    expected.put(Map.of("Fn::Join", List.of("", List.of(getAtt(tableId, "Arn"),
                            "/index/" + index.name()))), Set.of("dynamodb:Query"));
                }
            }
        });
        assertEquals(expected, dynamo);
        assertEquals(new TreeSet<>(List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "logs:CreateLogStream",
                "logs:PutLogEvents", "xray:PutTelemetryRecords", "xray:PutTraceSegments")), new TreeSet<>(others));
    }

    @Test
    void tableAccess_changesNoClaimAndKeepsNoIdempotencyRecords() {
        Map<TableSpec, Set<TableAccess.Action>> grants = TableAccess.workQueue();
        assertEquals(Set.of(TableAccess.Action.QUERY, TableAccess.Action.BATCH_GET_ITEM), grants.get(TableDefinitions.CLAIMS));
        assertEquals(Set.of(TableAccess.Action.PUT_ITEM, TableAccess.Action.QUERY, TableAccess.Action.UPDATE_ITEM,
                TableAccess.Action.BATCH_GET_ITEM, TableAccess.Action.BATCH_WRITE_ITEM),
                grants.get(TableDefinitions.WORK_ITEMS));
        assertFalse(grants.containsKey(TableDefinitions.IDEMPOTENCY));
        assertFalse(grants.containsKey(TableDefinitions.AUDIT));
    }

    @Test
    void settings_notAScheduleExpression_isRefused() {
        Map<String, Object> context = Map.of("jwtIssuer", SynthesizedStack.ISSUER, "jwtAudience", "a",
                "workQueueSchedule", "every hour");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BillingSettings.from(context::get));
        assertTrue(e.getMessage().contains("workQueueSchedule"), e.getMessage());
        assertEquals("cron(0 6 * * ? *)", BillingSettings.from(Map.<String, Object>of("jwtIssuer",
                SynthesizedStack.ISSUER, "jwtAudience", "a", "workQueueSchedule", "cron(0 6 * * ? *)")::get)
                .workQueueSchedule());
    }
}
