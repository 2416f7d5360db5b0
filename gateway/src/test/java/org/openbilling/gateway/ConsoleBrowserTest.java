package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.ClaimTransitions;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.domain.encounter.EncounterInput.CoverageInput;
import org.openbilling.domain.encounter.EncounterInput.PersonInput;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.LocalDynamo;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * The analyst console in a real browser: prepares claims through the public APIs, then runs
 * src/test/browser/console.spec.mjs (playwright-core driving Debian's Chromium) against this test app and asserts
 * its exit code. Screenshots land in target/screenshots/. Without /usr/bin/chromium the test is skipped loudly,
 * unless BILLING_REQUIRE_BROWSER=1 (CI), which makes it fail.
 *
 * <p>To drive the console by hand against the same data, run this test with {@code -Dconsole.browser.hold=600}:
 * it prints the address and tokens and waits that many seconds before running the script.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ConsoleBrowserTest {
    private static final Logger LOG = Logger.getLogger(ConsoleBrowserTest.class);
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BILLING_CHROMIUM", "/usr/bin/chromium"));
    private static final String AETNA = "60054";
    private static final String UHC = "87726";
    private static final String[][] PATIENTS = {
            {"Orla", "Vantreight"}, {"Benedikt", "Saarinov"}, {"Imelda", "Quorrister"}, {"Tobiah", "Fenwarde"},
            {"Ysolde", "Marchetton"}, {"Caspian", "Hollowey"}, {"Rosamund", "Teelwick"}, {"Ferris", "Oakenbray"},
            {"Lupita", "Danforthe"}, {"Anselm", "Whitcombe"}, {"Greer", "Pellinore"}, {"Marisol", "Eckhardtson"}};

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void console_signInFilterMoveAndAging_inChromium() throws Exception {
        requireBrowser();
        Path root = LocalDynamo.projectRoot();
        Path browserDir = root.resolve("gateway/src/test/browser");
        ensureInstalled(browserDir);

        // the data, through the public APIs: 12 claims; the first is Aetna SUBMITTED (the one the script accepts),
        // the second UnitedHealthcare SUBMITTED, the rest Aetna READY (enough for two pages of ten); their dates of
        // service 12 days apart, from yesterday back, so that the aging chart has a bar in every bucket
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(RoleMatrixTest.SETTINGS).put("/practice/settings").then().statusCode(200);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < PATIENTS.length; i++) {
            boolean submit = i < 2;
            claims.add(claim(i, i == 1 ? UHC : AETNA, i == 1 ? "UnitedHealthcare" : "Aetna", submit));
        }

        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Path screenshots = root.resolve("gateway/target/screenshots");
        Files.createDirectories(screenshots);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CONSOLE_BASE_URL", "http://127.0.0.1:" + port);
        env.put("ANALYST_TOKEN", Tokens.token(practice, "ana.lyst", Duration.ofMinutes(30), "analyst"));
        env.put("BILLER_TOKEN", Tokens.token(practice, "bill.er", Duration.ofMinutes(30), "biller"));
        env.put("CLAIM_TO_ACCEPT", claims.get(0));
        env.put("OTHER_PAYER_CLAIM", claims.get(1));
        env.put("FILTER_PAYER_ID", AETNA);
        env.put("CLAIM_COUNT", Integer.toString(claims.size()));
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("CHROMIUM", CHROMIUM.toString());
        env.put("CLAIM_TRANSITIONS", transitionsJson(ClaimTransitions::nextFrom));
        env.put("CLAIM_MOVES_BY_HAND", transitionsJson(ClaimTransitions::movesByHand));
        hold(env);

        runScript(browserDir, "console.spec.mjs", env, screenshots);
    }

    /**
     * The code lookup page in Chromium: a coder searches with lay words and an abbreviation, reads why each result
     * matched and a code's Tabular notes, adds a code to an encounter being coded, and is told why an Excludes1 pair
     * is refused; an analyst may look codes up but not code (src/test/browser/code-lookup.spec.mjs).
     */
    @Test
    void codeLookup_searchNotesAndAddToAnEncounter_inChromium() throws Exception {
        requireBrowser();
        Path root = LocalDynamo.projectRoot();
        Path browserDir = root.resolve("gateway/src/test/browser");
        ensureInstalled(browserDir);
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"),
                "mutation($e: EncounterInput!) { createEncounter(encounter: $e) { id } }", Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit())))
                .statusCode(200).extract().path("data.createEncounter.id");
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Path screenshots = root.resolve("gateway/target/screenshots");
        Files.createDirectories(screenshots);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CONSOLE_BASE_URL", "http://127.0.0.1:" + port);
        env.put("CODER_TOKEN", Tokens.token(practice, "co.der", Duration.ofMinutes(30), "coder"));
        env.put("ANALYST_TOKEN", Tokens.token(practice, "ana.lyst", Duration.ofMinutes(30), "analyst"));
        env.put("ENCOUNTER_ID", encounterId);
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("CHROMIUM", CHROMIUM.toString());
        hold(env);
        runScript(browserDir, "code-lookup.spec.mjs", env, screenshots);
    }

    /**
     * The claim page's chain of payers in Chromium: a primary with a secondary coverage adjudicated by hand shows
     * itself and its READY secondary claim as steps, and the secondary's step opens its page
     * (src/test/browser/claim-chain.spec.mjs).
     */
    @Test
    void claimPage_chainOfPayersAsSteps_inChromium() throws Exception {
        requireBrowser();
        Path root = LocalDynamo.projectRoot();
        Path browserDir = root.resolve("gateway/src/test/browser");
        ensureInstalled(browserDir);
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(RoleMatrixTest.SETTINGS).put("/practice/settings").then().statusCode(200);
        String primary = ClaimChainGraphTest.adjudicatedPrimaryWithSecondary(practice);
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Path screenshots = root.resolve("gateway/target/screenshots");
        Files.createDirectories(screenshots);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CONSOLE_BASE_URL", "http://127.0.0.1:" + port);
        env.put("ANALYST_TOKEN", Tokens.token(practice, "ana.lyst", Duration.ofMinutes(30), "analyst"));
        env.put("PRIMARY_CLAIM", primary);
        env.put("SECONDARY_CLAIM", primary + ".S");
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("CHROMIUM", CHROMIUM.toString());
        hold(env);
        runScript(browserDir, "claim-chain.spec.mjs", env, screenshots);
    }

    /**
     * The work queue page in Chromium: two claims of two payers each with a bundled line (CO-97) entered by hand make
     * two DENIAL items; a biller filters them, starts one, assigns and resolves it with a note, and opens a claim in
     * one click; an analyst reads the queue without the moves (src/test/browser/work-queue.spec.mjs).
     */
    @Test
    void workQueue_filterStartAssignResolve_inChromium() throws Exception {
        requireBrowser();
        Path root = LocalDynamo.projectRoot();
        Path browserDir = root.resolve("gateway/src/test/browser");
        ensureInstalled(browserDir);
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(RoleMatrixTest.SETTINGS).put("/practice/settings").then().statusCode(200);
        Map<String, Object> bundled = Map.of("paidAmount", "100.00", "adjustments", List.of(
                Map.of("groupCode", "CO", "reasonCode", "97", "amount", "20.50", "lineNumber", 2),
                Map.of("groupCode", "PR", "reasonCode", "2", "amount", "50.00", "lineNumber", 1)));
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = claim(i, i == 1 ? UHC : AETNA, i == 1 ? "UnitedHealthcare" : "Aetna", true);
            GraphQL.post(Tokens.bearer(practice, "biller"), "mutation($id: ID!) { updateClaimStatus(id: $id, status: ACCEPTED) { status } }",
                    Map.of("id", id)).statusCode(200);
            GraphQL.post(Tokens.bearer(practice, "biller"), "mutation($id: ID!, $a: AdjudicationInput) { updateClaimStatus(id: $id, "
                    + "status: PARTIALLY_PAID, adjudication: $a) { status } }", Map.of("id", id, "a", bundled))
                    .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
            claims.add(id);
        }
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Path screenshots = root.resolve("gateway/target/screenshots");
        Files.createDirectories(screenshots);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CONSOLE_BASE_URL", "http://127.0.0.1:" + port);
        env.put("ANALYST_TOKEN", Tokens.token(practice, "ana.lyst", Duration.ofMinutes(30), "analyst"));
        env.put("BILLER_TOKEN", Tokens.token(practice, "bill.er", Duration.ofMinutes(30), "biller"));
        env.put("AETNA_CLAIM", claims.get(0));
        env.put("UHC_CLAIM", claims.get(1));
        env.put("UHC_PAYER_ID", UHC);
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("CHROMIUM", CHROMIUM.toString());
        hold(env);
        runScript(browserDir, "work-queue.spec.mjs", env, screenshots);
    }

    /** Runs one of src/test/browser's scripts with node against this test app and asserts its exit code. */
    private static void runScript(Path browserDir, String script, Map<String, String> env, Path screenshots) throws Exception {
        ProcessBuilder node = new ProcessBuilder("node", script).directory(browserDir.toFile())
                .redirectErrorStream(true);
        node.environment().putAll(env);
        long started = System.nanoTime();
        Process p = node.start();
        // through System.out line by line: a child writing to the fork's own stdout would corrupt Surefire's channel
        Thread echo = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(line -> System.out.println("[" + script + "] " + line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "console-spec-output");
        echo.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("the browser test " + script + " did not finish within 5 minutes");
        }
        echo.join(5000);
        LOG.infof("%s finished in %d ms", script, Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertEquals(0, p.exitValue(), script + " failed; its output is above, screenshots in " + screenshots);
    }

    /** An encounter (coder), its claim (biller), submitted when asked (biller), all through GraphQL. */
    private String claim(int n, String payerId, String payerName, boolean submit) {
        EncounterInput visit = Encounters.anOfficeVisit();
        PersonInput p = visit.patient();
        PersonInput patient = new PersonInput("P-" + (2000 + n), PATIENTS[n][0], PATIENTS[n][1], p.dateOfBirth(), p.sex(), p.address());
        CoverageInput c = visit.coverage();
        CoverageInput coverage = new CoverageInput(payerId, payerName, "MBR" + (700100 + n), c.groupNumber(), c.filingIndicator(),
                c.relationship(), c.subscriber());
        String served = LocalDate.now(ZoneOffset.UTC).minusDays(1 + 12L * n).toString();
        EncounterInput input = new EncounterInput(patient, coverage, null, visit.billingProvider(), visit.renderingProvider(),
                null, null, null, null, true, "Y", true, served, null, visit.placeOfService(), visit.diagnoses(),
                visit.procedures());
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"),
                "mutation($e: EncounterInput!) { createEncounter(encounter: $e) { id } }", Map.of("e", GraphQL.asMap(input)))
                .statusCode(200).extract().path("data.createEncounter.id");
        String claimId = GraphQL.post(Tokens.bearer(practice, "biller"),
                "mutation($id: ID!) { createClaim(encounterId: $id) { id } }", Map.of("id", encounterId))
                .statusCode(200).extract().path("data.createClaim.id");
        if (submit) {
            String status = GraphQL.post(Tokens.bearer(practice, "biller"),
                    "mutation($id: ID!) { updateClaimStatus(id: $id, status: SUBMITTED, reason: \"batch 1\", expectedVersion: 1) { status } }",
                    Map.of("id", claimId)).statusCode(200).extract().path("data.updateClaimStatus.status");
            assertEquals("SUBMITTED", status);
        }
        return claimId;
    }

    /** The domain's table of moves (or moves by hand) as JSON, so that the script can check the console's copy of it. */
    private static String transitionsJson(java.util.function.Function<ClaimStatus, java.util.Set<ClaimStatus>> moves) {
        StringBuilder json = new StringBuilder("{");
        for (ClaimStatus from : ClaimStatus.values()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(from).append("\":[");
            json.append(String.join(",", moves.apply(from).stream().map(s -> "\"" + s + "\"").sorted().toList()));
            json.append(']');
        }
        return json.append('}').toString();
    }

    private static void requireBrowser() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = "\n\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                + "!!! ConsoleBrowserTest: no Chromium at " + CHROMIUM + ": the analyst console is NOT tested in a browser.\n"
                + "!!! Install it (Debian: apt-get install chromium); BILLING_REQUIRE_BROWSER=1 makes this a failure.\n"
                + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n";
        System.err.println(message);
        LOG.warn(message);
        if ("1".equals(System.getenv("BILLING_REQUIRE_BROWSER"))) {
            fail(message);
        }
        Assumptions.assumeTrue(false, message);
    }

    /** {@code npm ci} for the browser folder when its node_modules is missing, under a file lock (parallel builds). */
    private static void ensureInstalled(Path dir) {
        org.openbilling.testing.NpmInstall.ciOnce(dir, dir.resolve("node_modules/playwright-core/package.json"));
    }

    /** With -Dconsole.browser.hold=seconds: prints how to reach the data, and waits, before the script runs. */
    private static void hold(Map<String, String> env) throws InterruptedException {
        long seconds = Long.getLong("console.browser.hold", 0);
        if (seconds <= 0) {
            return;
        }
        System.err.println("console: " + env.get("CONSOLE_BASE_URL") + "/console/#token=" + env.get("ANALYST_TOKEN"));
        System.err.println("biller:  " + env.get("CONSOLE_BASE_URL") + "/console/#token=" + env.get("BILLER_TOKEN"));
        StringBuilder exports = new StringBuilder();
        env.forEach((k, v) -> exports.append("export ").append(k).append("='").append(v).append("'\n"));
        try {
            Files.writeString(Path.of("target/console-browser.env"), exports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println("environment for console.spec.mjs: target/console-browser.env; holding " + seconds + " s");
        Thread.sleep(seconds * 1000);
    }
}
