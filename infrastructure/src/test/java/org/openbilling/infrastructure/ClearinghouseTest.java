package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbilling.infrastructure.SynthesizedStack.properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbilling.dynamodb.tables.TableDefinitions;

/**
 * The clearinghouse transport's resources: the archive bucket, the one fixed outbound address, the function that
 * talks SFTP (in the network, reached by its schedule only, with the event the claim-status package answers), and
 * what the HTTP claim-status function may do for it.
 */
class ClearinghouseTest {
    private static SynthesizedStack synth;

    @BeforeAll
    static void synthesize() {
        synth = SynthesizedStack.get();
    }

    private static Map<String, Object> only(String type) {
        Map<String, Map<String, Object>> all = synth.resources(type);
        assertEquals(1, all.size(), type);
        return properties(all.values().iterator().next());
    }

    private Map<String, Object> clearinghouseFunction() {
        return properties(synth.resources().get(synth.logicalId("AWS::Lambda::Function", "FunctionName",
                "billing-test-clearinghouse")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> function) {
        return (Map<String, Object>) ((Map<String, Object>) function.get("Environment")).get("Variables");
    }

    @Test
    @SuppressWarnings("unchecked")
    void archive_isEncryptedWithTheKey_versioned_locked_andPrivate() {
        Map<String, Object> bucket = properties(synth.resources().get(synth.stack.getLogicalId(
                (software.amazon.awscdk.CfnElement) synth.stack.clearinghouse().archive.getNode().getDefaultChild())));
        String encryption = bucket.get("BucketEncryption").toString();
        assertTrue(encryption.contains("aws:kms") && encryption.contains("DataKey"), encryption);
        assertEquals("Enabled", ((Map<String, Object>) bucket.get("VersioningConfiguration")).get("Status"));
        Map<String, Object> lock = (Map<String, Object>) bucket.get("ObjectLockConfiguration");
        assertEquals("Enabled", lock.get("ObjectLockEnabled"));
        assertTrue(lock.toString().contains("GOVERNANCE") && lock.toString().contains("Days=2557"), lock.toString());
        assertTrue(bucket.get("PublicAccessBlockConfiguration").toString().contains("BlockPublicAcls=true"));
        assertNotNull(bucket.get("LoggingConfiguration"));
    }

    @Test
    void egress_isOneNatGateway_withTheStacksOwnElasticIp_givenAsAnOutput() {
        Map<String, Object> nat = only("AWS::EC2::NatGateway");
        String eipId = synth.stack.getLogicalId(synth.stack.clearinghouse().egressAddress);
        assertEquals(Map.of("Fn::GetAtt", List.of(eipId, "AllocationId")), nat.get("AllocationId"));
        assertEquals(1, synth.resources("AWS::EC2::EIP").size());
        @SuppressWarnings("unchecked")
        Map<String, Object> outputs = (Map<String, Object>) synth.json.get("Outputs");
        assertTrue(outputs.get("ClearinghouseOutboundAddress").toString().contains(eipId));
        // DynamoDB and S3 through free gateway endpoints, not the NAT
        assertEquals(2, synth.resources("AWS::EC2::VPCEndpoint").size());
        assertEquals(1, synth.resources("AWS::EC2::FlowLog").size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void clearinghouseFunction_runsInTheNetwork_outToSftpAndHttpsOnly() {
        Map<String, Object> fn = clearinghouseFunction();
        assertNotNull(fn.get("VpcConfig"));
        assertEquals(600, ((Number) fn.get("Timeout")).intValue());
        assertEquals(1, ((Number) fn.get("ReservedConcurrentExecutions")).intValue());
        Map<String, Object> env = environment(fn);
        assertEquals("true", env.get("BILLING_CLEARINGHOUSE_SCHEDULED_ROUTE"));
        assertEquals("secrets-manager", env.get("BILLING_CLEARINGHOUSE_SECRETS_STORE"));
        assertEquals("billing/test/clearinghouse/", env.get("BILLING_CLEARINGHOUSE_SECRETS_PREFIX"));
        Map<String, Object> group = only("AWS::EC2::SecurityGroup");
        assertFalse(group.containsKey("SecurityGroupIngress"), "nothing comes in");
        List<Map<String, Object>> egress = (List<Map<String, Object>>) group.get("SecurityGroupEgress");
        assertEquals(List.of(22, 443), egress.stream().map(e -> ((Number) e.get("FromPort")).intValue()).sorted().toList());
        // the HTTP function keeps out of the network and leaves the talking to the schedule
        Map<String, Object> claimStatus = environment(synth.function(ServiceFunction.CLAIM_STATUS));
        assertEquals("false", claimStatus.get("BILLING_CLEARINGHOUSE_RUN_AFTER_SUBMISSION"));
        assertFalse(claimStatus.containsKey("BILLING_CLEARINGHOUSE_SCHEDULED_ROUTE"));
        assertFalse(synth.function(ServiceFunction.CLAIM_STATUS).containsKey("VpcConfig"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void schedule_invokesTheFunction_withTheEventItsTestPostsToTheLambdaPackage() throws Exception {
        // the clearinghouse's rule (the work queue's has its own test)
        Map<String, Object> rule = properties(synth.resources().get(synth.logicalId("AWS::Events::Rule", "Description",
                "Sends stored batches and takes in answer files for every connected practice")));
        assertEquals("rate(5 minutes)", rule.get("ScheduleExpression"));
        Map<String, Object> target = ((List<Map<String, Object>>) rule.get("Targets")).get(0);
        assertEquals(0, ((Number) ((Map<String, Object>) target.get("RetryPolicy")).get("MaximumRetryAttempts")).intValue());
        ObjectMapper json = new ObjectMapper();
        Path tested = LocalPaths.root().resolve("functions/claim-status-lambda/src/test/resources/apigw-v2-scheduled-run.json");
        assertEquals(json.readTree(Files.readString(tested)), json.readTree((String) target.get("Input")),
                "the schedule sends what ScheduledRunEventTest proves the package answers");
    }

    @Test
    void clearinghouseTables_areGrantedAsTableAccessSays() {
        var grants = TableAccess.clearinghouse();
        assertTrue(grants.containsKey(TableDefinitions.CONNECTIONS));
        assertTrue(grants.containsKey(TableDefinitions.EXCHANGED_FILES));
        assertFalse(grants.containsKey(TableDefinitions.IDEMPOTENCY), "it serves no HTTP request");
        String policies = synth.resources("AWS::IAM::Policy").toString();
        assertTrue(policies.contains("ec2:CreateNetworkInterface"));
        assertFalse(synth.resources("AWS::IAM::Role").toString().contains("ManagedPolicyArns"));
    }

    /** The project root from the test's working folder (infrastructure/). */
    static final class LocalPaths {
        static Path root() {
            return Path.of("").toAbsolutePath().getParent();
        }
    }
}
