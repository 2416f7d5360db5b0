package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbilling.infrastructure.SynthesizedStack.getAtt;
import static org.openbilling.infrastructure.SynthesizedStack.properties;
import static org.openbilling.infrastructure.SynthesizedStack.ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {
    /** The public contract (CONTRACT.md), written out independently of {@link ApiRoute#all()}. */
    private static final Map<String, String> CONTRACT = contract();

    private static SynthesizedStack synth;
    private static String apiId;
    private static String authorizerId;

    @BeforeAll
    static void synthesize() {
        synth = SynthesizedStack.get();
        apiId = synth.resources("AWS::ApiGatewayV2::Api").keySet().iterator().next();
        authorizerId = synth.resources("AWS::ApiGatewayV2::Authorizer").keySet().iterator().next();
    }

    private static Map<String, String> contract() {
        Map<String, String> routes = new LinkedHashMap<>();
        for (String key : List.of("POST /codes/validate", "GET /codes/{system}/{code}", "GET /codes/{system}",
                "POST /encounters", "GET /encounters/{id}", "PUT /encounters/{id}/codes",
                "GET /openapi/code-validation")) {
            routes.put(key, "code-validation");
        }
        for (String key : List.of("POST /claims", "GET /claims/{id}", "GET /claims/{id}/837",
                "POST /claims/{id}/corrections", "POST /claims/{id}/void", "GET /practice/settings",
                "PUT /practice/settings", "GET /openapi/claim-creation")) {
            routes.put(key, "claim-creation");
        }
        for (String key : List.of("POST /submissions", "GET /submissions/{id}", "POST /claims/{id}/status",
                "POST /claims/{id}/coverages",
                "POST /acknowledgements", "POST /remittances", "POST /encounters/{id}/invoice", "GET /invoices/{id}",
                "POST /invoices/{id}/payments", "POST /invoices/{id}/adjustments", "POST /invoices/{id}/void",
                "GET /openapi/claim-status", "GET /clearinghouse/connection", "PUT /clearinghouse/connection",
                "POST /clearinghouse/runs", "GET /clearinghouse/files", "GET /clearinghouse/files/{id}",
                "GET /clearinghouse/files/{id}/content", "GET /clearinghouse/files/{id}/download")) {
            routes.put(key, "claim-status");
        }
        for (String key : List.of("POST /graphql", "GET /graphql", "GET /graphql/schema.graphql",
                "GET /reports/open-claims.csv", "GET /reports/outstanding-invoices.csv", "GET /audit/{recordId}",
                "GET /console", "GET /console/{proxy+}")) {
            routes.put(key, "gateway");
        }
        return routes;
    }

    private static final Set<String> PUBLIC = Set.of("GET /openapi/code-validation", "GET /openapi/claim-creation",
            "GET /openapi/claim-status", "GET /console", "GET /console/{proxy+}");

    /** Route key to the function it reaches: route → integration → alias "live" → function. */
    private static Map<String, String> deployedRoutes() {
        Map<String, String> functionNames = new LinkedHashMap<>();
        for (ServiceFunction function : ServiceFunction.values()) {
            functionNames.put(synth.functionId(function), function.id());
        }
        Map<String, String> routes = new TreeMap<>();
        synth.resources("AWS::ApiGatewayV2::Route").values().forEach(route -> {
            Map<String, Object> props = properties(route);
            String integrationId = integrationOf(props.get("Target"));
            Map<String, Object> integration = properties(synth.resources().get(integrationId));
            assertEquals("AWS_PROXY", integration.get("IntegrationType"));
            assertEquals("2.0", integration.get("PayloadFormatVersion"));
            String aliasId = (String) ((Map<?, ?>) integration.get("IntegrationUri")).get("Ref");
            Map<String, Object> alias = properties(synth.resources().get(aliasId));
            assertEquals(BillingStack.LIVE_ALIAS, alias.get("Name"), "routes target the live alias");
            String functionId = (String) ((Map<?, ?>) alias.get("FunctionName")).get("Ref");
            routes.put((String) props.get("RouteKey"), functionNames.get(functionId));
        });
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static String integrationOf(Object target) {
        // {"Fn::Join": ["", ["integrations/", {"Ref": id}]]}
        List<Object> join = (List<Object>) ((Map<String, Object>) target).get("Fn::Join");
        List<Object> parts = (List<Object>) join.get(1);
        assertEquals("integrations/", parts.get(0));
        return (String) ((Map<String, Object>) parts.get(1)).get("Ref");
    }

    @Test
    void everyContractRouteReachesItsFunctionAndNothingElseIsRouted() {
        assertEquals(new TreeMap<>(CONTRACT), deployedRoutes());
    }

    @Test
    void routeTableMatchesTheContract() {
        Map<String, String> table = ApiRoute.all().stream()
                .collect(Collectors.toMap(ApiRoute::routeKey, r -> r.function().id(), (a, b) -> {
                    throw new AssertionError("duplicate route");
                }, TreeMap::new));
        assertEquals(new TreeMap<>(CONTRACT), table);
        assertEquals(PUBLIC, ApiRoute.all().stream().filter(r -> !r.authorized()).map(ApiRoute::routeKey)
                .collect(Collectors.toSet()));
    }

    @Test
    void dataRoutesNeedTheJwtPublicRoutesNothing() {
        synth.resources("AWS::ApiGatewayV2::Route").values().forEach(route -> {
            Map<String, Object> props = properties(route);
            String key = (String) props.get("RouteKey");
            assertEquals(ref(apiId), props.get("ApiId"));
            if (PUBLIC.contains(key)) {
                assertEquals("NONE", props.get("AuthorizationType"), key);
                assertNull(props.get("AuthorizerId"), key);
            } else {
                assertEquals("JWT", props.get("AuthorizationType"), key);
                assertEquals(ref(authorizerId), props.get("AuthorizerId"), key);
            }
        });
    }

    @Test
    void healthIsNotRouted() {
        synth.resources("AWS::ApiGatewayV2::Route").values().forEach(route -> {
            String key = (String) properties(route).get("RouteKey");
            assertFalse(key.contains("/q/") || key.contains("$default") || key.startsWith("ANY"), key);
        });
    }

    @Test
    void jwtAuthorizerChecksIssuerAndAudience() {
        synth.template.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 1);
        synth.template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "ApiId", ref(apiId),
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of("Issuer", SynthesizedStack.ISSUER,
                        "Audience", List.of(SynthesizedStack.AUDIENCE)),
                "Name", "billing-test-jwt"));
    }

    @Test
    void defaultStageThrottlesAndLogsAccess() {
        Map<String, Map<String, Object>> stages = synth.resources("AWS::ApiGatewayV2::Stage");
        assertEquals(1, stages.size());
        Map<String, Object> stage = properties(stages.values().iterator().next());
        assertEquals("$default", stage.get("StageName"));
        assertEquals(true, stage.get("AutoDeploy"));
        Map<?, ?> throttling = (Map<?, ?>) stage.get("DefaultRouteSettings");
        assertEquals(100, ((Number) throttling.get("ThrottlingBurstLimit")).intValue());
        assertEquals(50, ((Number) throttling.get("ThrottlingRateLimit")).intValue());

        Map<?, ?> accessLogs = (Map<?, ?>) stage.get("AccessLogSettings");
        String logGroupId = synth.logicalId("AWS::Logs::LogGroup", "LogGroupName", "/billing/test/api-access");
        assertEquals(getAtt(logGroupId, "Arn"), accessLogs.get("DestinationArn"));
        String format = (String) accessLogs.get("Format");
        for (String field : List.of("$context.requestId", "$context.routeKey", "$context.status",
                "$context.authorizer.error", "$context.integrationErrorMessage")) {
            assertTrue(format.contains(field), field);
        }
        // the access log must not carry request data that could identify a patient
        assertFalse(format.contains("$request") || format.contains("querystring"), format);
    }

    @Test
    void corsPreflightOnlyForTheConfiguredOrigins() {
        Map<String, Object> api = properties(synth.resources().get(apiId));
        assertEquals("HTTP", api.get("ProtocolType"));
        Map<?, ?> cors = (Map<?, ?>) api.get("CorsConfiguration");
        assertEquals(List.of(SynthesizedStack.ORIGIN), cors.get("AllowOrigins"));
        assertTrue(((List<?>) cors.get("AllowHeaders")).contains("idempotency-key"));
    }

    @Test
    void onlyTheApiMayInvokeOnlyTheLiveAliases() {
        Set<Object> aliases = synth.resources("AWS::Lambda::Alias").keySet().stream()
                .map(SynthesizedStack::ref).collect(Collectors.toSet());
        Map<String, Map<String, Object>> permissions = new java.util.HashMap<>(synth.resources("AWS::Lambda::Permission"));
        // the other invokers: the two schedules, each of its own function only
        var scheduled = permissions.entrySet().stream()
                .filter(e -> "events.amazonaws.com".equals(properties(e.getValue()).get("Principal"))).toList();
        assertEquals(2, scheduled.size());
        Set<String> invoked = scheduled.stream().map(e -> String.valueOf(properties(e.getValue()).get("FunctionName"))
                .replace("Ref", "Fn::GetAtt")).collect(Collectors.toSet());
        Set<String> scheduledFunctions = java.util.stream.Stream.of(synth.stack.clearinghouseFunction(),
                synth.stack.workQueueFunction()).map(f -> Map.of("Fn::GetAtt", List.of(synth.stack.getLogicalId(
                (software.amazon.awscdk.CfnElement) f.getNode().getDefaultChild()), "Arn")).toString())
                .collect(Collectors.toSet());
        assertEquals(scheduledFunctions, invoked, "the clearinghouse and work-queue functions only");
        scheduled.forEach(e -> permissions.remove(e.getKey()));
        assertEquals(ApiRoute.all().size(), permissions.size());
        permissions.values().forEach(permission -> {
            Map<String, Object> props = properties(permission);
            assertEquals("lambda:InvokeFunction", props.get("Action"));
            assertEquals("apigateway.amazonaws.com", props.get("Principal"));
            assertTrue(aliases.contains(props.get("FunctionName")), props.toString());
            assertTrue(props.get("SourceArn").toString().contains(apiId), "scoped to this API");
        });
    }
}
