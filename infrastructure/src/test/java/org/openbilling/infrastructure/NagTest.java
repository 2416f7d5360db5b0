package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/** The AWS Solutions checks (cdk-nag) pass, and each exception to them is a reasoned, narrow suppression. */
class NagTest {
    private static SynthesizedStack synth;

    @BeforeAll
    static void synthesize() {
        synth = SynthesizedStack.get();
    }

    @Test
    void noErrorOrWarning() {
        List<String> findings = new ArrayList<>();
        for (SynthesisMessage message : synth.artifact.getMessages()) {
            if (message.getLevel() != SynthesisMessageLevel.INFO) {
                findings.add(message.getLevel() + " " + message.getId() + ": " + message.getEntry().getData());
            }
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void theChecksRan() throws Exception {
        Path report = Path.of(synth.assembly.getDirectory(), "AwsSolutions-billing-test-NagReport.csv");
        String csv = Files.readString(report);
        assertTrue(csv.contains("\"AwsSolutions-DDB3\""), "the DynamoDB checks ran");
        assertTrue(csv.contains("\"AwsSolutions-APIG4\""), "the API checks ran");
        assertTrue(!csv.contains("\"Non-Compliant\""), "nothing is left non-compliant");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySuppressionIsReasonedAndExpected() {
        Set<String> rules = new TreeSet<>();
        List<String> publicRoutes = new ArrayList<>();
        synth.resources().forEach((id, resource) -> {
            Map<String, Object> metadata = (Map<String, Object>) resource.get("Metadata");
            if (metadata == null || !metadata.containsKey("cdk_nag")) {
                return;
            }
            List<Map<String, Object>> suppressions = (List<Map<String, Object>>)
                    ((Map<String, Object>) metadata.get("cdk_nag")).get("rules_to_suppress");
            for (Map<String, Object> suppression : suppressions) {
                String rule = (String) suppression.get("id");
                String reason = (String) suppression.get("reason");
                assertTrue(reason != null && reason.length() >= 60, rule + " on " + id + " needs a real reason");
                rules.add(rule);
                if (rule.equals("AwsSolutions-APIG4")) {
                    publicRoutes.add((String) SynthesizedStack.properties(resource).get("RouteKey"));
                }
                if (rule.equals("AwsSolutions-IAM5")) {
                    // X-Ray's and the network interfaces' *, or the clearinghouse secrets' prefix and archive objects
                    String appliesTo = String.valueOf(suppression.get("applies_to"));
                    assertTrue(appliesTo.equals("[Resource::*]") || appliesTo.contains(":secret:billing/test/clearinghouse/*"),
                            "IAM5 only for X-Ray's * or the clearinghouse prefixes: " + appliesTo);
                }
            }
        });
        assertEquals(Set.of("AwsSolutions-APIG4", "AwsSolutions-IAM5", "AwsSolutions-L1", "AwsSolutions-SMG4",
                "AwsSolutions-S1"), rules);
        assertEquals(new TreeSet<>(ApiRoute.all().stream().filter(r -> !r.authorized())
                .map(ApiRoute::routeKey).toList()), new TreeSet<>(publicRoutes), "only the public routes");
    }
}
