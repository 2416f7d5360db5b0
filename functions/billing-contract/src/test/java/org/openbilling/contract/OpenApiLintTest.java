package org.openbilling.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.NpmInstall;

/**
 * Every committed OpenAPI document (the ones the functions serve and partners generate clients from) passes
 * Redocly's recommended ruleset without an error or a warning. Redocly CLI is pinned with its lock file in
 * {@code src/test/openapi-lint}; {@code redocly.yaml} there turns no rule off.
 */
class OpenApiLintTest {
    private static final Path DIR = Path.of("src/test/openapi-lint");
    private static final List<String> FUNCTIONS = List.of("code-validation", "claim-creation", "claim-status");

    @Test
    void lint_everyCommittedDocument_hasNoErrorOrWarning() throws Exception {
        NpmInstall.ciOnce(DIR, DIR.resolve("node_modules/@redocly/cli/package.json"));
        List<String> failures = new ArrayList<>();
        for (String function : FUNCTIONS) {
            for (String document : List.of("openapi.yaml", "openapi.json")) {
                Path p = Path.of("..", function, "src/main/resources/META-INF/openapi", document).toAbsolutePath();
                assertTrue(Files.exists(p), p + " is committed");
                String found = lint(p);
                if (found != null) {
                    failures.add(function + "/" + document + ": " + found);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Null when Redocly finds nothing, else its report. */
    private static String lint(Path document) throws Exception {
        Path out = Files.createTempFile("redocly-", ".json");
        Path err = Files.createTempFile("redocly-", ".log");
        ProcessBuilder pb = new ProcessBuilder("node", "node_modules/@redocly/cli/bin/cli.js", "lint", "--config",
                "redocly.yaml", "--format", "json", document.toString()).directory(DIR.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // no update check and no telemetry: the test must not depend on the network
        pb.environment().put("REDOCLY_TELEMETRY", "off");
        pb.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        pb.environment().put("NO_COLOR", "1");
        Process node = pb.start();
        if (!node.waitFor(2, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            return "Redocly did not finish in 2 minutes";
        }
        String report = Files.readString(out, StandardCharsets.UTF_8);
        String log = Files.readString(err, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        int brace = report.indexOf('{');
        if (brace < 0) {
            return "no report (exit " + node.exitValue() + "): " + log;
        }
        JsonNode totals = new ObjectMapper().readTree(report.substring(brace)).path("totals");
        boolean clean = node.exitValue() == 0 && totals.path("errors").asInt(-1) == 0
                && totals.path("warnings").asInt(-1) == 0;
        return clean ? null : report;
    }
}
