package org.openbilling.infrastructure;

import java.util.List;
import java.util.Map;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.CfnEIP;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.NatGatewayProps;
import software.amazon.awscdk.services.ec2.NatProvider;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectLockRetention;
import software.constructs.Construct;

/**
 * What the clearinghouse transport needs in AWS: the archive bucket (the customer key, versioning, Object Lock
 * retention, access logs), the network with one fixed outbound address (a NAT gateway with an Elastic IP) that
 * clearinghouses allow-list, the security group of the function that talks SFTP, the schedule that invokes it,
 * and the secret and archive permissions of both claim-status packagings.
 *
 * <p>Cost: one NAT gateway in one zone (about 33 USD a month plus 0.045 USD per GB) rather than one per zone: a
 * clearinghouse allow-lists one address, and a zone outage only delays a run (files wait in the mailbox, batches
 * in the outbox; nothing is lost). DynamoDB and S3 traffic goes through free gateway endpoints, not the NAT.
 * Only the scheduled clearinghouse function is in the network: the API's functions stay out of it.
 */
final class ClearinghouseTransport {
    /** The event the schedule sends: an HTTP API request for the scheduled-run route of the claim-status package. */
    static final Map<String, Object> SCHEDULED_EVENT = Map.of(
            "version", "2.0",
            "routeKey", "POST /clearinghouse/scheduled-runs",
            "rawPath", "/clearinghouse/scheduled-runs",
            "rawQueryString", "",
            "headers", Map.of("content-type", "application/json", "accept", "application/json"),
            "requestContext", Map.of("http", Map.of("method", "POST", "path", "/clearinghouse/scheduled-runs",
                    "protocol", "HTTP/1.1", "sourceIp", "127.0.0.1", "userAgent", "eventbridge-schedule"),
                    "routeKey", "POST /clearinghouse/scheduled-runs", "stage", "$default",
                    "requestId", "clearinghouse-schedule"),
            "isBase64Encoded", false);

    final Bucket archive;
    final Vpc vpc;
    final SecurityGroup securityGroup;
    final CfnEIP egressAddress;
    final String secretPrefix;

    ClearinghouseTransport(Construct scope, BillingSettings settings, Key key) {
        secretPrefix = "billing/" + settings.stage() + "/clearinghouse/";

        Bucket accessLogs = Bucket.Builder.create(scope, "ArchiveAccessLogs")
                // S3 server access logs can only be delivered to a bucket with S3-managed encryption
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(settings.logRetentionDays()))
                        .noncurrentVersionExpiration(Duration.days(settings.logRetentionDays())).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        NagSuppressions.addResourceSuppressions(accessLogs, List.of(suppress("AwsSolutions-S1",
                "This is the access-log bucket of the archive; logging its own access would log the logging.")));
        archive = Bucket.Builder.create(scope, "ExchangedFiles")
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                // every X12 file exchanged is a business record: kept, unchangeable, for the retention period
                .objectLockEnabled(true)
                .objectLockDefaultRetention(ObjectLockRetention.governance(Duration.days(settings.archiveRetentionDays())))
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .noncurrentVersionExpiration(Duration.days(settings.archiveRetentionDays())).build()))
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("exchanged-files/")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        egressAddress = CfnEIP.Builder.create(scope, "ClearinghouseEgressAddress").domain("vpc").build();
        vpc = Vpc.Builder.create(scope, "ClearinghouseNetwork")
                .maxAzs(2)
                .natGateways(1)
                .natGatewayProvider(NatProvider.gateway(NatGatewayProps.builder()
                        .eipAllocationIds(List.of(egressAddress.getAttrAllocationId())).build()))
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(26).build(),
                        SubnetConfiguration.builder().name("private").subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                                .cidrMask(24).build()))
                .gatewayEndpoints(Map.of(
                        "DynamoDb", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.DYNAMODB).build(),
                        "S3", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build()))
                // to the access-log bucket: a CloudWatch destination would need a role that the flow-log service
                // assumes, and these records need no live search
                .flowLogs(Map.of("All", FlowLogOptions.builder()
                        .destination(FlowLogDestination.toS3(accessLogs, "clearinghouse-network/"))
                        .trafficType(FlowLogTrafficType.ALL).build()))
                .build();
        securityGroup = SecurityGroup.Builder.create(scope, "ClearinghouseFunctionSecurityGroup")
                .vpc(vpc)
                .description("The clearinghouse function: out to SFTP mailboxes and AWS APIs only, nothing in")
                .allowAllOutbound(false)
                .build();
        securityGroup.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "AWS APIs (Secrets Manager, KMS, X-Ray) through the NAT");
        for (int port : settings.clearinghouseSftpPorts()) {
            securityGroup.addEgressRule(Peer.anyIpv4(), Port.tcp(port), "clearinghouse SFTP mailboxes");
        }

        CfnOutput.Builder.create(scope, "ClearinghouseOutboundAddress")
                .description("The one address the clearinghouse function connects from: clearinghouses allow-list it")
                .value(egressAddress.getAttrPublicIp()).build();
        CfnOutput.Builder.create(scope, "ExchangedFilesBucket").description("The archive of exchanged X12 files")
                .value(archive.getBucketName()).build();
    }

    /** The environment both claim-status packagings need for the archive and the secrets. */
    Map<String, String> environment(Key key) {
        return Map.of(
                "BILLING_CLEARINGHOUSE_ARCHIVE_BUCKET", archive.getBucketName(),
                "BILLING_CLEARINGHOUSE_ARCHIVE_REGION", Aws.REGION,
                "BILLING_CLEARINGHOUSE_ARCHIVE_KMS_KEY_ID", key.getKeyArn(),
                "BILLING_CLEARINGHOUSE_SECRETS_STORE", "secrets-manager",
                "BILLING_CLEARINGHOUSE_SECRETS_PREFIX", secretPrefix,
                "BILLING_CLEARINGHOUSE_SECRETS_KMS_KEY_ID", key.getKeyArn(),
                "BILLING_CLEARINGHOUSE_WORK_DIR", "/tmp");
    }

    /**
     * The secret and archive permissions: the HTTP function sets connections (writes secrets) and serves files
     * (reads the archive); the scheduled function signs in (reads secrets) and archives (writes and reads).
     */
    void grant(Role role, boolean scheduled) {
        String secrets = "arn:" + Aws.PARTITION + ":secretsmanager:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":secret:"
                + secretPrefix + "*";
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("ClearinghouseSecrets")
                .actions(scheduled ? List.of("secretsmanager:GetSecretValue")
                        : List.of("secretsmanager:CreateSecret", "secretsmanager:PutSecretValue",
                        "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
                .resources(List.of(secrets)).build());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().sid("ClearinghouseArchive")
                .actions(scheduled ? List.of("s3:GetObject", "s3:PutObject") : List.of("s3:GetObject"))
                .resources(List.of(archive.arnForObjects("*"))).build());
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder().id("AwsSolutions-IAM5")
                .reason("Each practice's mailbox secret is created at run time under the stack's own prefix, and"
                        + " archived files are objects of the stack's own bucket: the wildcards stop at that prefix"
                        + " and that bucket.")
                .appliesTo(List.of("Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:"
                        + secretPrefix + "*", io.github.cdklabs.cdknag.RegexAppliesTo.builder()
                        .regex("/^Resource::<ExchangedFiles[A-Za-z0-9]+\\.Arn>\\/\\*$/").build())).build()), true);
    }

    /** Puts the clearinghouse function in the private subnets and invokes it on the schedule. */
    static SubnetSelection privateSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
    }

    void schedule(Construct scope, BillingSettings settings, Function function) {
        Rule rule = Rule.Builder.create(scope, "ClearinghouseSchedule")
                .description("Sends stored batches and takes in answer files for every connected practice")
                .schedule(Schedule.expression(settings.clearinghouseSchedule()))
                .build();
        // no retries: the next tick is the retry, and a run is safe to repeat
        rule.addTarget(new LambdaFunction(function, LambdaFunctionProps.builder()
                .event(RuleTargetInput.fromObject(SCHEDULED_EVENT)).retryAttempts(0)
                .maxEventAge(Duration.minutes(5)).build()));
    }

    private static NagPackSuppression suppress(String rule, String reason) {
        return NagPackSuppression.builder().id(rule).reason(reason).build();
    }
}
