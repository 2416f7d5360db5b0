package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbilling.infrastructure.SynthesizedStack.getAtt;
import static org.openbilling.infrastructure.SynthesizedStack.properties;
import static org.openbilling.infrastructure.SynthesizedStack.ref;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FunctionsTest {
    private static SynthesizedStack synth;
    private static String keyId;

    @BeforeAll
    static void synthesize() {
        synth = SynthesizedStack.get();
        keyId = synth.resources("AWS::KMS::Key").keySet().iterator().next();
    }

    @Test
    void fourFunctionsEachWithOneLiveAlias() {
        // and the scheduled clearinghouse and work-queue functions, invoked unqualified by their rules (no alias, no
        // SnapStart)
        synth.template.resourceCountIs("AWS::Lambda::Function", ServiceFunction.values().length + 2);
        synth.template.resourceCountIs("AWS::Lambda::Alias", ServiceFunction.values().length);
        synth.template.resourceCountIs("AWS::Lambda::Version", ServiceFunction.values().length);
    }

    @ParameterizedTest
    @EnumSource(ServiceFunction.class)
    void quarkusOnJava21WithSnapStartAndTracing(ServiceFunction function) {
        Map<String, Object> props = synth.function(function);
        assertEquals("java21", props.get("Runtime"));
        assertEquals(List.of("arm64"), props.get("Architectures"));
        assertEquals(BillingStack.HANDLER, props.get("Handler"));
        assertEquals(1024, ((Number) props.get("MemorySize")).intValue());
        assertEquals(30, ((Number) props.get("Timeout")).intValue());
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), props.get("SnapStart"));
        assertEquals(Map.of("Mode", "Active"), props.get("TracingConfig"));
        assertEquals(getAtt(keyId, "Arn"), props.get("KmsKeyArn"), "environment encrypted with the customer key");
    }

    @ParameterizedTest
    @EnumSource(ServiceFunction.class)
    void liveAliasOnThePublishedVersion(ServiceFunction function) {
        String functionId = synth.functionId(function);
        Map<String, Object> alias = synth.resources("AWS::Lambda::Alias").values().stream()
                .map(SynthesizedStack::properties)
                .filter(p -> ref(functionId).equals(p.get("FunctionName")))
                .findFirst().orElseThrow();
        assertEquals("live", alias.get("Name"));
        String versionId = (String) ((List<?>) ((Map<?, ?>) alias.get("FunctionVersion")).get("Fn::GetAtt")).get(0);
        Map<String, Object> version = synth.resources().get(versionId);
        assertEquals("AWS::Lambda::Version", version.get("Type"));
        assertEquals(ref(functionId), properties(version).get("FunctionName"));
    }

    @ParameterizedTest
    @EnumSource(ServiceFunction.class)
    void ownEncryptedLogGroupWithRetention(ServiceFunction function) {
        String logGroupId = synth.logicalId("AWS::Logs::LogGroup", "LogGroupName",
                "/aws/lambda/billing-test-" + function.id());
        assertEquals(Map.of("LogGroup", ref(logGroupId)), synth.function(function).get("LoggingConfig"));
        Map<String, Object> logGroup = properties(synth.resources().get(logGroupId));
        assertEquals(90, ((Number) logGroup.get("RetentionInDays")).intValue());
        assertEquals(getAtt(keyId, "Arn"), logGroup.get("KmsKeyId"));
    }

    @ParameterizedTest
    @EnumSource(ServiceFunction.class)
    void configurationThroughTheEnvironment(ServiceFunction function) {
        Map<?, ?> env = environment(function);
        assertEquals(SynthesizedStack.PREFIX, env.get("BILLING_DYNAMODB_TABLE_PREFIX"));
        assertEquals("false", env.get("BILLING_DYNAMODB_CREATE_TABLES"));
        assertEquals(SynthesizedStack.ISSUER, env.get("MP_JWT_VERIFY_ISSUER"));
        assertEquals(SynthesizedStack.AUDIENCE, env.get("MP_JWT_VERIFY_AUDIENCES"));
        assertEquals(SynthesizedStack.ISSUER + "/.well-known/jwks.json", env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertEquals("groups", env.get("BILLING_SECURITY_ROLES_CLAIM"));
        assertEquals("practice", env.get("BILLING_SECURITY_PRACTICE_CLAIM"));
        if (function == ServiceFunction.GATEWAY) {
            assertNull(env.get("BILLING_OPENAPI_PATH"));
        } else {
            assertEquals("/openapi/" + function.id(), env.get("BILLING_OPENAPI_PATH"));
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceFunction.class)
    void cursorSecretIsADynamicReferenceNeverAValue(ServiceFunction function) {
        String secretId = synth.resources("AWS::SecretsManager::Secret").keySet().iterator().next();
        Object expected = Map.of("Fn::Join", List.of("", List.of("{{resolve:secretsmanager:", ref(secretId),
                ":SecretString:::}}")));
        assertEquals(expected, environment(function).get("BILLING_DYNAMODB_CURSOR_SECRET"));
        Map<String, Object> secret = properties(synth.resources().get(secretId));
        assertNull(secret.get("SecretString"), "generated by Secrets Manager, not written in the template");
        assertEquals(64, ((Number) ((Map<?, ?>) secret.get("GenerateSecretString")).get("PasswordLength"))
                .intValue());
    }

    @Test
    void gatewayCallsTheFunctionsThroughTheApi() {
        String apiId = synth.resources("AWS::ApiGatewayV2::Api").keySet().iterator().next();
        Map<?, ?> env = environment(ServiceFunction.GATEWAY);
        for (String name : List.of("BILLING_FUNCTIONS_CODE_VALIDATION_URL", "BILLING_FUNCTIONS_CLAIM_CREATION_URL",
                "BILLING_FUNCTIONS_CLAIM_STATUS_URL")) {
            assertEquals(getAtt(apiId, "ApiEndpoint"), env.get(name), name);
        }
        assertEquals(SynthesizedStack.ORIGIN, env.get("BILLING_CORS_ORIGINS"));
        assertEquals("no-introspection", env.get("QUARKUS_SMALLRYE_GRAPHQL_FIELD_VISIBILITY"), "no introspection in AWS");
        for (ServiceFunction function : List.of(ServiceFunction.CODE_VALIDATION, ServiceFunction.CLAIM_CREATION,
                ServiceFunction.CLAIM_STATUS)) {
            assertFalse(environment(function).containsKey("BILLING_FUNCTIONS_CLAIM_STATUS_URL"));
        }
    }

    @Test
    void codeComesFromEachModulesZip() {
        // the dummy zips differ per function, so each function has its own asset, staged in the cloud assembly
        Set<Object> keys = new HashSet<>();
        for (ServiceFunction function : ServiceFunction.values()) {
            Map<?, ?> code = (Map<?, ?>) synth.function(function).get("Code");
            String s3Key = (String) code.get("S3Key");
            assertTrue(s3Key.endsWith(".zip"), s3Key);
            keys.add(s3Key);
            Path staged = Path.of(synth.assembly.getDirectory(), "asset." + s3Key);
            assertTrue(Files.isRegularFile(staged), staged.toString());
        }
        assertEquals(ServiceFunction.values().length, keys.size());
    }

    @Test
    void alarmsOnErrorsThrottlesAndApi5xx() {
        String topicId = synth.resources("AWS::SNS::Topic").keySet().iterator().next();
        Map<String, Map<String, Object>> alarms = synth.resources("AWS::CloudWatch::Alarm");
        // errors and throttles per API function, the API's 5xx, and the clearinghouse and work-queue functions' errors
        assertEquals(ServiceFunction.values().length * 2 + 3, alarms.size());
        Set<String> watched = new HashSet<>();
        alarms.values().forEach(alarm -> {
            Map<String, Object> props = properties(alarm);
            assertEquals(List.of(ref(topicId)), props.get("AlarmActions"));
            assertEquals("GreaterThanOrEqualToThreshold", props.get("ComparisonOperator"));
            assertEquals("notBreaching", props.get("TreatMissingData"));
            Map<?, ?> dimension = (Map<?, ?>) ((List<?>) props.get("Dimensions")).get(0);
            watched.add(props.get("Namespace") + " " + props.get("MetricName") + " " + dimension.get("Value"));
        });
        for (ServiceFunction function : ServiceFunction.values()) {
            Object fn = ref(synth.functionId(function));
            assertTrue(watched.contains("AWS/Lambda Errors " + fn), function + " errors");
            assertTrue(watched.contains("AWS/Lambda Throttles " + fn), function + " throttles");
        }
        String apiId = synth.resources("AWS::ApiGatewayV2::Api").keySet().iterator().next();
        assertTrue(watched.contains("AWS/ApiGateway 5xx " + ref(apiId)), watched.toString());
        // the alarm topic is encrypted, refuses plain HTTP and mails the configured address
        synth.template.hasResourceProperties("AWS::SNS::Topic", Map.of("KmsMasterKeyId", getAtt(keyId, "Arn")));
        synth.template.hasResourceProperties("AWS::SNS::Subscription",
                Map.of("Protocol", "email", "Endpoint", "billing-ops@example.org"));
    }

    private static Map<?, ?> environment(ServiceFunction function) {
        return (Map<?, ?>) ((Map<?, ?>) synth.function(function).get("Environment")).get("Variables");
    }
}
