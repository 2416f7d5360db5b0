package org.openbilling.infrastructure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import org.openbilling.dynamodb.tables.IndexSpec;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.VersionOptions;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The whole platform in one stack: the DynamoDB tables (from {@link TableDefinitions}), the three functions and
 * the GraphQL gateway as Lambda functions, the HTTP API with its JWT authorizer, and the alarms.
 */
public class BillingStack extends Stack {

    /** The Quarkus Lambda entry point (quarkus-amazon-lambda-http), the same for every function. */
    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** The alias every route targets: a published version, so SnapStart applies. */
    public static final String LIVE_ALIAS = "live";

    /** CloudWatch Logs' allowed retention periods (days). */
    /** The reason of a role whose only wildcard resources are X-Ray's. */
    private static final String XRAY_ONLY = "X-Ray's PutTraceSegments and PutTelemetryRecords support no"
            + " resource-level permission: AWS documents Resource '*' for them. Every other statement names its resources.";

    private static final Set<Integer> RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /**
     * What the account (and so IAM policies in it, such as the deployment role) may do to the key: every key
     * administration action by name. The usual default, {@code kms:*}, would be a wildcard action.
     */
    static final List<String> KEY_ADMINISTRATION = List.of("kms:CancelKeyDeletion", "kms:CreateAlias",
            "kms:DeleteAlias", "kms:DescribeKey", "kms:DisableKey", "kms:DisableKeyRotation", "kms:EnableKey",
            "kms:EnableKeyRotation", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListKeyPolicies",
            "kms:ListKeyRotations", "kms:ListResourceTags", "kms:PutKeyPolicy", "kms:RotateKeyOnDemand",
            "kms:ScheduleKeyDeletion", "kms:TagResource", "kms:UntagResource", "kms:UpdateAlias",
            "kms:UpdateKeyDescription");

    private final BillingSettings settings;
    private final Key key;
    private final Map<TableSpec, Table> tables = new LinkedHashMap<>();
    private final Map<ServiceFunction, Function> functions = new EnumMap<>(ServiceFunction.class);
    private final Map<ServiceFunction, Alias> aliases = new EnumMap<>(ServiceFunction.class);
    private final HttpApi api;
    private final HttpStage stage;
    private final Topic alarms;
    private final ClearinghouseTransport clearinghouse;
    private Function clearinghouseFunction;
    private Function workQueueFunction;

    /** Builds the stack; fails fast when a function's deployment package is missing. */
    public BillingStack(Construct scope, String id, StackProps props, BillingSettings settings) {
        super(scope, id, props);
        this.settings = settings;
        ServiceFunction.requireZips(settings.projectRoot());

        key = encryptionKey();
        for (TableSpec spec : TableDefinitions.all()) {
            tables.put(spec, table(spec));
        }
        alarms = alarmTopic();
        clearinghouse = new ClearinghouseTransport(this, settings, key);

        // The gateway calls the functions through this API (with the caller's token), so the API exists before
        // the functions: their environment names its endpoint.
        api = HttpApi.Builder.create(this, "Api")
                .apiName("billing-" + settings.stage())
                .description("Open billing: the functions' REST routes and the GraphQL gateway")
                .createDefaultStage(false)
                .corsPreflight(cors())
                .build();
        stage = defaultStage();

        // Pagination cursors are signed (HMAC) so that a client cannot forge one that reads another practice's
        // keys. Secrets Manager generates the secret at deploy time, so no one chooses it and it is in no file;
        // it reaches the functions as a CloudFormation dynamic reference: the template, cdk.out and the stack's
        // stored template hold only the reference, the value is resolved at deploy time into the functions'
        // environment, which Lambda encrypts with the customer key (readable only with GetFunctionConfiguration
        // and kms:Decrypt). The functions read BILLING_DYNAMODB_CURSOR_SECRET as configuration, the same as in the
        // local run; fetching it at run time instead would add an SDK call (and secretsmanager permissions) to
        // every cold start for a value that, by design, does not change while cursors are in flight.
        Secret cursorSecret = Secret.Builder.create(this, "CursorSecret")
                .description("HMAC secret that signs the GraphQL and REST pagination cursors")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64).excludePunctuation(true).includeSpace(false).build())
                .build();
        NagSuppressions.addResourceSuppressions(cursorSecret, List.of(suppress("AwsSolutions-SMG4",
                "Rotating the cursor secret only invalidates the cursors in flight (clients start their listing"
                        + " again); it is rotated by redeploying after a manual rotation, which needs no rotation"
                        + " Lambda.")));
        String cursorSecretValue = cursorSecret.getSecretValue().unsafeUnwrap();

        for (ServiceFunction function : ServiceFunction.values()) {
            lambda(function, cursorSecretValue);
        }
        clearinghouseLambda(cursorSecretValue);
        workQueueLambda(cursorSecretValue);
        routes();
        apiAlarm();

        CfnOutput.Builder.create(this, "ApiUrl").description("The HTTP API's base URL")
                .value(api.getApiEndpoint()).build();
        CfnOutput.Builder.create(this, "TablePrefix").description("Physical table name = prefix + logical name")
                .value(settings.tablePrefix()).build();
    }

    private static NagPackSuppression suppress(String rule, String reason) {
        return NagPackSuppression.builder().id(rule).reason(reason).build();
    }

    private Key encryptionKey() {
        PolicyDocument policy = PolicyDocument.Builder.create().statements(List.of(
                // lets IAM policies in this account administer the key: without it no one could (key lockout)
                PolicyStatement.Builder.create().sid("KeyAdministrationThroughIam")
                        .principals(List.of(new AccountRootPrincipal()))
                        .actions(KEY_ADMINISTRATION).resources(List.of("*")).build(),
                // lets IAM policies (the functions' roles) use the key; each role narrows this to its own needs
                PolicyStatement.Builder.create().sid("KeyUseThroughIam")
                        .principals(List.of(new AccountRootPrincipal()))
                        .actions(TableAccess.KMS_WRITE).resources(List.of("*")).build(),
                // DynamoDB and Lambda hold the key through grants they create for themselves at deploy time
                PolicyStatement.Builder.create().sid("GrantsForAwsServices")
                        .principals(List.of(new AccountRootPrincipal()))
                        .actions(List.of("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"))
                        .resources(List.of("*"))
                        .conditions(Map.of("Bool", Map.of("kms:GrantIsForAWSResource", "true"))).build(),
                // CloudWatch Logs encrypts the function and access logs, and only log groups of this account
                PolicyStatement.Builder.create().sid("CloudWatchLogsEncryption")
                        .principals(List.of(new ServicePrincipal("logs." + Aws.REGION + ".amazonaws.com")))
                        .actions(List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo",
                                "kms:GenerateDataKey", "kms:DescribeKey"))
                        .resources(List.of("*"))
                        .conditions(Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn",
                                "arn:" + Aws.PARTITION + ":logs:" + Aws.REGION + ":" + Aws.ACCOUNT_ID
                                        + ":log-group:*"))).build(),
                // CloudWatch alarms publish to the encrypted alarm topic
                PolicyStatement.Builder.create().sid("AlarmNotifications")
                        .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                        .actions(List.of("kms:Decrypt", "kms:GenerateDataKey")).resources(List.of("*"))
                        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID))).build()))
                .build();
        return Key.Builder.create(this, "DataKey")
                .description("Encrypts the billing tables, function environments, logs and alarm topic ("
                        + settings.stage() + ")")
                .alias("alias/billing-" + settings.stage())
                .enableKeyRotation(true)
                .policy(policy)
                // the tables' data cannot be read without it: never delete it with the stack
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    private Table table(TableSpec spec) {
        Table.Builder table = Table.Builder.create(this, "Table" + pascal(spec.logicalName()))
                .tableName(spec.physicalName(settings.tablePrefix()))
                .partitionKey(stringKey(spec.partitionKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .encryption(TableEncryption.CUSTOMER_MANAGED)
                .encryptionKey(key)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN);
        if (spec.sortKey() != null) {
            table.sortKey(stringKey(spec.sortKey()));
        }
        if (spec.ttlAttribute() != null) {
            // the code ignores expired records on read; TTL only removes them, up to a few days late
            table.timeToLiveAttribute(spec.ttlAttribute());
        }
        Table built = table.build();
        for (IndexSpec index : spec.indexes()) {
            GlobalSecondaryIndexProps.Builder gsi = GlobalSecondaryIndexProps.builder()
                    .indexName(index.name())
                    .partitionKey(stringKey(index.partitionKey()))
                    .projectionType(ProjectionType.ALL);
            if (index.sortKey() != null) {
                gsi.sortKey(stringKey(index.sortKey()));
            }
            built.addGlobalSecondaryIndex(gsi.build());
        }
        return built;
    }

    private static Attribute stringKey(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    private Topic alarmTopic() {
        Topic topic = Topic.Builder.create(this, "AlarmTopic")
                .displayName("billing " + settings.stage() + " alarms")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        if (settings.alarmEmail() != null) {
            topic.addSubscription(new EmailSubscription(settings.alarmEmail()));
        }
        return topic;
    }

    private CorsPreflightOptions cors() {
        if (settings.allowedOrigins().isEmpty()) {
            return null; // the console is served by the API itself: same origin, no preflight
        }
        // API Gateway answers the preflight itself: an OPTIONS request carries no token, so it must not reach the
        // authorizer (the functions' own CORS filter, BILLING_CORS_ORIGINS, shapes the actual responses)
        return CorsPreflightOptions.builder()
                .allowOrigins(settings.allowedOrigins())
                .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT))
                .allowHeaders(List.of("authorization", "content-type", "idempotency-key"))
                .exposeHeaders(List.of("location"))
                .maxAge(Duration.hours(1))
                .build();
    }

    private HttpStage defaultStage() {
        LogGroup accessLogs = logGroup("AccessLogs", "/billing/" + settings.stage() + "/api-access");
        // HTTP API context variables only: no header, body or query string, so no patient data reaches the log
        AccessLogFormat format = AccessLogFormat.custom("{\"requestId\":\"$context.requestId\","
                + "\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\","
                + "\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\","
                + "\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\","
                + "\"integrationStatus\":\"$context.integrationStatus\","
                + "\"integrationLatency\":\"$context.integrationLatency\","
                + "\"integrationError\":\"$context.integrationErrorMessage\","
                + "\"authorizerError\":\"$context.authorizer.error\"}");
        IAccessLogDestination destination = new LogGroupLogDestination(accessLogs);
        IAccessLogSettings accessLogSettings = new IAccessLogSettings() {
            @Override
            public IAccessLogDestination getDestination() {
                return destination;
            }

            @Override
            public AccessLogFormat getFormat() {
                return format;
            }
        };
        return api.addStage("DefaultStage", HttpStageOptions.builder()
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(settings.throttleRate()).burstLimit(settings.throttleBurst()).build())
                .accessLogSettings(accessLogSettings)
                .build());
    }

    private LogGroup logGroup(String id, String name) {
        if (!RETENTION_DAYS.contains(settings.logRetentionDays())) {
            throw new IllegalArgumentException("setting logRetentionDays=" + settings.logRetentionDays()
                    + " is not one CloudWatch Logs allows: " + RETENTION_DAYS.stream().sorted().toList());
        }
        LogGroup group = LogGroup.Builder.create(this, id)
                .logGroupName(name)
                .encryptionKey(key)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // the retention is a number of days in the template; the construct only takes an enum of them
        ((CfnLogGroup) group.getNode().getDefaultChild()).setRetentionInDays(settings.logRetentionDays());
        return group;
    }

    private void lambda(ServiceFunction function, String cursorSecret) {
        String name = "billing-" + settings.stage() + "-" + function.id();
        String prefix = pascal(function.id());
        LogGroup logs = logGroup(prefix + "Logs", "/aws/lambda/" + name);

        // An own role rather than CDK's default: the default attaches the AWS managed basic-execution policy,
        // which may write to every log group of the account.
        Role role = Role.Builder.create(this, prefix + "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs the " + function.id() + " function (" + settings.stage() + ")")
                .build();
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("WriteOwnLogs")
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logs.getLogGroupArn())).build());
        tablePolicies(function, role);

        Map<String, String> environment = baseEnvironment(cursorSecret);
        if (function == ServiceFunction.CLAIM_STATUS) {
            // sets connections (their secrets) and serves archived files; the schedule's function does the talking
            environment.putAll(clearinghouse.environment(key));
            environment.put("BILLING_CLEARINGHOUSE_RUN_AFTER_SUBMISSION", "false");
            clearinghouse.grant(role, false);
        }
        if (function.openApiPath() != null) {
            environment.put("BILLING_OPENAPI_PATH", function.openApiPath());
        }
        if (function == ServiceFunction.GATEWAY) {
            // through the API, with the caller's token: the gateway needs no lambda:InvokeFunction and every call
            // passes the same authorizer, throttling and access log as a partner's
            environment.put("BILLING_FUNCTIONS_CODE_VALIDATION_URL", api.getApiEndpoint());
            environment.put("BILLING_FUNCTIONS_CLAIM_CREATION_URL", api.getApiEndpoint());
            environment.put("BILLING_FUNCTIONS_CLAIM_STATUS_URL", api.getApiEndpoint());
            // no schema introspection in production (the committed schema.graphql is the published contract)
            environment.put("QUARKUS_SMALLRYE_GRAPHQL_FIELD_VISIBILITY", "no-introspection");
            if (!settings.allowedOrigins().isEmpty()) {
                // unset rather than empty: same origin only (an empty value is not "no origins" to every parser)
                environment.put("BILLING_CORS_ORIGINS", String.join(",", settings.allowedOrigins()));
            }
        }

        Path zip = settings.projectRoot().resolve(function.zipPath()).normalize();
        Function fn = Function.Builder.create(this, prefix + "Function")
                .functionName(name)
                .description("Open billing " + function.id() + " (" + settings.stage() + ")")
                .runtime(Runtime.JAVA_21)
                // the zip is plain JVM bytecode; Graviton (the default) is cheaper per GB-second and SnapStart
                // supports it; x86_64 remains a setting in case a dependency ever ships x86-only native code
                .architecture("x86_64".equals(settings.architecture()) ? Architecture.X86_64 : Architecture.ARM_64)
                .handler(HANDLER)
                .code(Code.fromAsset(zip.toString()))
                .memorySize(1024)
                .timeout(Duration.seconds(30))
                .role(role)
                .logGroup(logs)
                .tracing(Tracing.ACTIVE)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .environment(environment)
                // the environment holds the cursor secret; the roles' kms:Decrypt covers reading it back
                .environmentEncryption(key)
                // a replaced version is deleted once the alias has moved on: each SnapStart version keeps a
                // cached snapshot, and only "live" is ever invoked
                .currentVersionOptions(VersionOptions.builder().removalPolicy(RemovalPolicy.DESTROY).build())
                .build();
        Alias live = Alias.Builder.create(this, prefix + "Live")
                .aliasName(LIVE_ALIAS)
                .version(fn.getCurrentVersion())
                .build();
        // CDK warns that SnapStart applies to published versions only: this one is published (currentVersion),
        // and the live alias, the only thing the API invokes, points at it
        Annotations.of(fn).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "the live alias targets the published currentVersion");
        functions.put(function, fn);
        aliases.put(function, live);

        MetricOptions fiveMinutes = watched(fn, role, prefix, name, XRAY_ONLY);
        alarm(prefix + "ThrottlesAlarm", name + " throttles", fn.metricThrottles(fiveMinutes), 1);
    }

    /**
     * What every function gets once built: cdk-nag's runtime finding answered, its role's wildcard resources
     * explained ({@code wildcardReason}), and an alarm on its errors (Lambda's Errors count crashes and timeouts
     * only; a 4xx/5xx answer is a normal response, so any one matters). Answers the alarms' period.
     */
    private MetricOptions watched(Function fn, Role role, String prefix, String name, String wildcardReason) {
        NagSuppressions.addResourceSuppressions(fn, List.of(suppress("AwsSolutions-L1",
                "The functions are built and tested for the Java 21 runtime; moving to a newer one is a"
                        + " deliberate upgrade with its own test run, not a side effect of a CDK update.")));
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder().id("AwsSolutions-IAM5")
                .reason(wildcardReason).appliesTo(List.of("Resource::*")).build()), true);
        MetricOptions fiveMinutes = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
        alarm(prefix + "ErrorsAlarm", name + " errors", fn.metricErrors(fiveMinutes), 1);
        return fiveMinutes;
    }

    /** What every function's environment holds: tables, cursor secret, token checks. */
    private Map<String, String> baseEnvironment(String cursorSecret) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("BILLING_DYNAMODB_TABLE_PREFIX", settings.tablePrefix());
        environment.put("BILLING_DYNAMODB_CREATE_TABLES", "false");
        environment.put("BILLING_DYNAMODB_CURSOR_SECRET", cursorSecret);
        environment.put("MP_JWT_VERIFY_ISSUER", settings.jwtIssuer());
        environment.put("MP_JWT_VERIFY_AUDIENCES", String.join(",", settings.jwtAudiences()));
        // the authorizer already checked the token; the function checks it again (defence in depth, and the same
        // code path as the local run) against the issuer's published keys
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", settings.jwksUrl());
        environment.put("BILLING_SECURITY_ROLES_CLAIM", settings.rolesClaim());
        environment.put("BILLING_SECURITY_PRACTICE_CLAIM", settings.practiceClaim());
        return environment;
    }

    /**
     * The clearinghouse function: the claim-status package again, invoked by the schedule only (no API route
     * reaches it), in the network whose NAT gateway gives it the fixed outbound address. Its role is its own, with
     * the same tables as claim-status's posting needs ({@link TableAccess#clearinghouse()}), and is handed to the
     * function without policy updates: CDK would otherwise attach the AWS managed VPC-access policy, whose
     * network-interface actions are written out below instead.
     */
    private void clearinghouseLambda(String cursorSecret) {
        String name = "billing-" + settings.stage() + "-clearinghouse";
        LogGroup logs = logGroup("ClearinghouseLogs", "/aws/lambda/" + name);
        Role role = Role.Builder.create(this, "ClearinghouseRole")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs the scheduled clearinghouse transport (" + settings.stage() + ")")
                .build();
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("WriteOwnLogs")
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logs.getLogGroupArn())).build());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("NetworkInterfaces")
                .actions(List.of("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                        "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"))
                .resources(List.of("*")).build());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("Tracing")
                .actions(List.of("xray:PutTelemetryRecords", "xray:PutTraceSegments"))
                .resources(List.of("*")).build());
        tablePolicies(TableAccess.clearinghouse(), TableAccess.KMS_WRITE, role);
        clearinghouse.grant(role, true);

        Map<String, String> environment = baseEnvironment(cursorSecret);
        environment.putAll(clearinghouse.environment(key));
        environment.put("BILLING_CLEARINGHOUSE_SCHEDULED_ROUTE", "true");
        environment.put("BILLING_CLEARINGHOUSE_RUN_AFTER_SUBMISSION", "false");
        Path zip = settings.projectRoot().resolve(ServiceFunction.CLAIM_STATUS.zipPath()).normalize();
        Function fn = Function.Builder.create(this, "ClearinghouseFunction")
                .functionName(name)
                .description("Open billing clearinghouse runs: batches out, answers in (" + settings.stage() + ")")
                .runtime(Runtime.JAVA_21)
                .architecture("x86_64".equals(settings.architecture()) ? Architecture.X86_64 : Architecture.ARM_64)
                .handler(HANDLER)
                .code(Code.fromAsset(zip.toString()))
                // a 50 MB 835 is read once into memory and posted; its download sits in /tmp meanwhile
                .memorySize(3008)
                .ephemeralStorageSize(software.amazon.awscdk.Size.mebibytes(2048))
                .timeout(Duration.minutes(10))
                // one run at a time; the per-practice lease would make a second one wait anyway
                .reservedConcurrentExecutions(1)
                .role(role.withoutPolicyUpdates())
                .logGroup(logs)
                .tracing(Tracing.ACTIVE)
                .vpc(clearinghouse.vpc)
                .vpcSubnets(ClearinghouseTransport.privateSubnets())
                .securityGroups(List.of(clearinghouse.securityGroup))
                .environment(environment)
                .environmentEncryption(key)
                .build();
        clearinghouse.schedule(this, settings, fn);
        clearinghouseFunction = fn;
        watched(fn, role, "Clearinghouse", name, "X-Ray's PutTraceSegments and PutTelemetryRecords and the"
                + " network-interface actions Lambda needs in a VPC support no resource-level permission: AWS documents"
                + " Resource '*' for them.");
    }

    /**
     * The work queue's function: the claim-status package again, with only its scheduled-checks route on, invoked by
     * its rule only (no API route reaches it). Out of the clearinghouse network (it talks to DynamoDB only), with a
     * role of its own that holds the checks' few table actions ({@link TableAccess#workQueue()}) and no secret or
     * archive access. One run at a time: a second would only find the first one's items.
     */
    private void workQueueLambda(String cursorSecret) {
        String name = "billing-" + settings.stage() + "-work-queue";
        LogGroup logs = logGroup("WorkQueueLogs", "/aws/lambda/" + name);
        Role role = Role.Builder.create(this, "WorkQueueRole")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs the work queue's scheduled checks (" + settings.stage() + ")")
                .build();
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("WriteOwnLogs")
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logs.getLogGroupArn())).build());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("Tracing")
                .actions(List.of("xray:PutTelemetryRecords", "xray:PutTraceSegments"))
                .resources(List.of("*")).build());
        tablePolicies(TableAccess.workQueue(), TableAccess.KMS_WRITE, role);

        Map<String, String> environment = baseEnvironment(cursorSecret);
        environment.putAll(WorkQueueSchedule.ENVIRONMENT);
        Path zip = settings.projectRoot().resolve(ServiceFunction.CLAIM_STATUS.zipPath()).normalize();
        Function fn = Function.Builder.create(this, "WorkQueueFunction")
                .functionName(name)
                .description("Open billing work queue checks: silences and deadlines (" + settings.stage() + ")")
                .runtime(Runtime.JAVA_21)
                .architecture("x86_64".equals(settings.architecture()) ? Architecture.X86_64 : Architecture.ARM_64)
                .handler(HANDLER)
                .code(Code.fromAsset(zip.toString()))
                .memorySize(1024)
                // every practice in one run, each reading only its open claims and items: seconds per practice
                .timeout(Duration.minutes(5))
                .reservedConcurrentExecutions(1)
                .role(role)
                .logGroup(logs)
                .tracing(Tracing.ACTIVE)
                .environment(environment)
                .environmentEncryption(key)
                .build();
        WorkQueueSchedule.schedule(this, settings, fn);
        workQueueFunction = fn;
        watched(fn, role, "WorkQueue", name, XRAY_ONLY);
    }

    /** The table statements of one function's role, exactly as {@link TableAccess} lists them. */
    private void tablePolicies(ServiceFunction function, Role role) {
        tablePolicies(TableAccess.of(function), TableAccess.kmsActions(function), role);
    }

    private void tablePolicies(Map<TableSpec, Set<TableAccess.Action>> grants, List<String> kms, Role role) {
        for (Map.Entry<TableSpec, Set<TableAccess.Action>> grant : grants.entrySet()) {
            TableSpec spec = grant.getKey();
            Table table = tables.get(spec);
            String sid = pascal(spec.logicalName());
            List<String> actions = grant.getValue().stream().map(TableAccess.Action::iam).sorted().toList();
            role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid(sid)
                    .actions(actions)
                    .resources(List.of(table.getTableArn())).build());
            // only Query reads an index, and each index is named: no "index/*"
            if (grant.getValue().contains(TableAccess.Action.QUERY) && !spec.indexes().isEmpty()) {
                List<String> indexArns = new ArrayList<>();
                for (IndexSpec index : spec.indexes()) {
                    indexArns.add(table.getTableArn() + "/index/" + index.name());
                }
                role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid(sid + "Indexes")
                        .actions(List.of(TableAccess.Action.QUERY.iam())).resources(indexArns).build());
            }
        }
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("TableKey")
                .actions(kms)
                .resources(List.of(key.getKeyArn())).build());
    }

    private void routes() {
        IHttpRouteAuthorizer jwt = new HttpJwtAuthorizer("JwtAuthorizer", settings.jwtIssuer(),
                HttpJwtAuthorizerProps.builder()
                        .authorizerName("billing-" + settings.stage() + "-jwt")
                        .jwtAudience(settings.jwtAudiences())
                        .build());
        IHttpRouteAuthorizer none = new HttpNoneAuthorizer();
        Map<ServiceFunction, HttpLambdaIntegration> integrations = new EnumMap<>(ServiceFunction.class);
        for (ServiceFunction function : ServiceFunction.values()) {
            // one integration per function, shared by its routes: one invoke permission per function alias
            integrations.put(function, new HttpLambdaIntegration(pascal(function.id()) + "Integration",
                    aliases.get(function)));
        }
        for (ApiRoute route : ApiRoute.all()) {
            HttpRoute httpRoute = HttpRoute.Builder.create(this, "Route" + constructId(route.routeKey()))
                    .httpApi(api)
                    .routeKey(HttpRouteKey.with(route.path(), HttpMethod.valueOf(route.method())))
                    .integration(integrations.get(route.function()))
                    .authorizer(route.authorized() ? jwt : none)
                    .build();
            if (!route.authorized()) {
                // on the route resource only, not on the invoke permission beside it
                NagSuppressions.addResourceSuppressions(httpRoute.getNode().getDefaultChild(), List.of(suppress(
                        "AwsSolutions-APIG4", "Public by contract: " + route.routeKey() + " serves an OpenAPI"
                                + " document or the analyst console's static files, which hold no practice data and"
                                + " are read before a token exists.")));
            }
        }
    }

    private void apiAlarm() {
        Metric serverErrors = api.metricServerError(MetricOptions.builder()
                .period(Duration.minutes(5)).statistic("Sum").build());
        // a few 5xx can be a client disconnecting mid-request; five in five minutes is a pattern
        alarm("Api5xxAlarm", "billing-" + settings.stage() + " API 5xx", serverErrors, 5);
    }

    private void alarm(String id, String description, Metric metric, int threshold) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(alarms));
        alarm.addOkAction(new SnsAction(alarms));
    }

    static String pascal(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static String constructId(String routeKey) {
        return pascal(routeKey.replace("{", "By-").replace("+}", "-Plus").replace("}", "").replace(".", "-Dot-"));
    }

    /** The settings this stack was built with. */
    public BillingSettings settings() {
        return settings;
    }

    /** The customer-managed key of the tables, environments, logs and alarm topic. */
    public Key key() {
        return key;
    }

    /** The tables, by their definition. */
    public Map<TableSpec, Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** The Lambda functions. */
    public Map<ServiceFunction, Function> functions() {
        return Collections.unmodifiableMap(functions);
    }

    /** The scheduled clearinghouse function (the claim-status package, in the clearinghouse network). */
    public Function clearinghouseFunction() {
        return clearinghouseFunction;
    }

    /** The scheduled work-queue function (the claim-status package with the scheduled-checks route on). */
    public Function workQueueFunction() {
        return workQueueFunction;
    }

    /** The archive bucket, network and outbound address of the clearinghouse transport. */
    ClearinghouseTransport clearinghouse() {
        return clearinghouse;
    }

    /** The HTTP API. */
    public HttpApi api() {
        return api;
    }

    /** The API's $default stage. */
    public HttpStage stage() {
        return stage;
    }
}
