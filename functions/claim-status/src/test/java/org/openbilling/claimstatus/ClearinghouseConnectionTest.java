package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.claimstatus.clearinghouse.ClearinghouseRuns;
import org.openbilling.clearinghouse.mailbox.MailboxServer;
import org.openbilling.clearinghouse.secrets.SecretStore;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.ClearinghouseTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;

/**
 * The connection an admin sets: who may, what is checked, that the secret is never answered back, and that a
 * changed host key or a refused password stops the connection and says so until an admin acts.
 */
@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(ClearinghouseTestResource.class)
class ClearinghouseConnectionTest {
    @Inject
    ClearinghouseRuns runs;
    @Inject
    PracticeRepository practices;
    @Inject
    SecretStore secrets;

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> put(
            String practice, String role, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/json")
                .body(body).put("/clearinghouse/connection").then().extract();
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> get(
            String practice, String role, String path) {
        return given().header("Authorization", Tokens.bearer(practice, role)).get(path).then().extract();
    }

    private void settings(String practice) {
        PracticeId id = new PracticeId(practice);
        practices.save(new PracticeSettings(id, "SUBMIT01", "LAKESIDE BILLING",
                new PracticeSettings.Contact("Billing Office", "2175550100", null), "CLEARHOUSE", "ACME CLEARINGHOUSE",
                "P", PracticeSettings.DEFAULT_ZONE, 30, practices.find(id).version()));
    }

    @Test
    void putConnection_asAdmin_storesIt_andNoAnswerCarriesTheSecret() {
        String practice = Practices.fresh();
        var created = put(practice, "admin", Mailbox.connectionBody(practice));
        assertEquals(201, created.statusCode(), created.body().asString());
        assertEquals("PASSWORD", created.path("credential.kind"));
        assertNotNull(created.path("credential.setAt"));
        assertEquals("NEW", created.path("health.status"));
        assertTrue(((String) created.path("hostKeyFingerprint")).startsWith("SHA256:"));
        var read = get(practice, "admin", "/clearinghouse/connection");
        assertEquals(200, read.statusCode());
        for (String body : List.of(created.body().asString(), read.body().asString())) {
            assertFalse(body.contains(Mailbox.PASSWORD), body);
            assertFalse(body.contains("\"password\""), body);
        }
        // the secret is where it belongs, and only there
        assertTrue(secrets.get("clearinghouse/" + practice).orElseThrow().startsWith("PASSWORD"));

        // an update without a credential keeps the stored one; with a stale version it is refused
        Map<String, Object> update = new HashMap<>(Mailbox.connectionBody(practice));
        update.remove("password");
        update.put("incomingFolder", practice + "/from-clearinghouse");
        update.put("expectedVersion", 1);
        var updated = put(practice, "admin", update);
        assertEquals(200, updated.statusCode(), updated.body().asString());
        assertEquals(2, (int) updated.path("version"));
        assertEquals(409, put(practice, "admin", update).statusCode());
    }

    @Test
    void connection_forOtherRoles_isForbidden_andAnotherPracticeSeesNone() {
        String practice = Practices.fresh();
        for (String role : List.of("biller", "coder", "analyst", "partner")) {
            assertEquals(403, put(practice, role, Mailbox.connectionBody(practice)).statusCode(), role);
            assertEquals(403, get(practice, role, "/clearinghouse/connection").statusCode(), role);
            assertEquals(403, given().header("Authorization", Tokens.bearer(practice, role)).post("/clearinghouse/runs")
                    .then().extract().statusCode(), role);
        }
        assertEquals(401, given().get("/clearinghouse/connection").then().extract().statusCode());
        // the schedule's route is switched off in the HTTP function: nothing answers it, with or without a token
        assertEquals(404, given().post("/clearinghouse/scheduled-runs").then().extract().statusCode());
        assertEquals(404, given().header("Authorization", Tokens.bearer(practice, "admin"))
                .post("/clearinghouse/scheduled-runs").then().extract().statusCode());
        assertEquals(201, put(practice, "admin", Mailbox.connectionBody(practice)).statusCode());
        assertEquals(404, get(Practices.fresh(), "admin", "/clearinghouse/connection").statusCode());
    }

    @Test
    void putConnection_withBadInput_namesEveryField_andStoresNothing() {
        String practice = Practices.fresh();
        Map<String, Object> bad = new HashMap<>();
        bad.put("host", "bad host!");
        bad.put("port", 70000);
        bad.put("user", "");
        bad.put("password", "x");
        bad.put("privateKey", "-----BEGIN OPENSSH PRIVATE KEY-----\nnope\n-----END OPENSSH PRIVATE KEY-----");
        bad.put("hostKey", "ssh-ed25519 not-a-key");
        bad.put("outgoingFolder", "../etc");
        bad.put("incomingFolder", "in");
        bad.put("fileNamePattern", "batch.837");
        bad.put("environment", "STAGING");
        var r = put(practice, "admin", bad);
        assertEquals(422, r.statusCode(), r.body().asString());
        Map<String, String> rules = new java.util.TreeMap<>();
        List<Map<String, String>> errors = r.path("errors");
        errors.forEach(e -> rules.put(e.get("field"), e.get("rule")));
        assertEquals(Map.of("host", "clearinghouse-host-format", "port", "port-out-of-range", "user", "required",
                "privateKey", "clearinghouse-credential-conflict", "hostKey", "clearinghouse-host-key-format",
                "outgoingFolder", "clearinghouse-folder-format", "fileNamePattern", "clearinghouse-file-name-pattern",
                "environment", "enum-value"), rules);
        assertEquals(404, get(practice, "admin", "/clearinghouse/connection").statusCode());
        assertTrue(secrets.get("clearinghouse/" + practice).isEmpty());
    }

    @Test
    void run_whenTheServerPresentsAnotherKey_stopsTheConnection_untilAnAdminSetsTheKey() throws Exception {
        String practice = Practices.fresh();
        settings(practice);
        Path dir = Files.createTempDirectory("impostor-");
        try (MailboxServer impostor = MailboxServer.start(dir.resolve("root"), dir.resolve("key"), 0, Mailbox.USER,
                Mailbox.PASSWORD, k -> false)) {
            Files.createDirectories(impostor.root().resolve(practice + "/to-clearinghouse"));
            Files.createDirectories(impostor.root().resolve(practice + "/from-clearinghouse"));
            Map<String, Object> body = new HashMap<>(Mailbox.connectionBody(practice));
            body.put("port", impostor.port()); // the real mailbox's key pinned, another server answering
            assertEquals(201, put(practice, "admin", body).statusCode());
            var r = runs.run(new PracticeId(practice));
            assertEquals("STOPPED", r.status());
            var c = get(practice, "admin", "/clearinghouse/connection");
            assertEquals("STOPPED", c.path("health.status"));
            assertEquals("clearinghouse-host-key-mismatch", c.path("health.rule"));
            assertTrue(((String) c.path("health.detail")).contains(
                    org.openbilling.clearinghouse.sftp.PinnedHostKey.fingerprintOf(impostor.hostKey())));
            // stopped: later runs do not even connect
            assertEquals("STOPPED", runs.run(new PracticeId(practice)).status());

            body.put("hostKey", impostor.hostKeyLine());
            body.remove("password");
            body.put("expectedVersion", (int) c.path("version"));
            assertEquals(200, put(practice, "admin", body).statusCode());
            assertEquals("OK", runs.run(new PracticeId(practice)).status());
        }
    }

    @Test
    void run_withARefusedPassword_stopsTheConnection_andSaysSo() {
        String practice = Practices.fresh();
        settings(practice);
        Map<String, Object> body = new HashMap<>(Mailbox.connectionBody(practice));
        body.put("password", "not-the-password");
        assertEquals(201, put(practice, "admin", body).statusCode());
        assertEquals("STOPPED", runs.run(new PracticeId(practice)).status());
        var c = get(practice, "admin", "/clearinghouse/connection");
        assertEquals("clearinghouse-auth-failed", c.path("health.rule"));
        assertFalse(c.body().asString().contains("not-the-password"));
    }

    @Test
    void connection_withAPrivateKey_signsIn() throws Exception {
        String practice = Practices.fresh();
        settings(practice);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        Path dir = Files.createTempDirectory("keyed-");
        try (MailboxServer keyed = MailboxServer.start(dir.resolve("root"), dir.resolve("key"), 0, Mailbox.USER, null,
                k -> org.apache.sshd.common.config.keys.KeyUtils.compareKeys(k, pair.getPublic()))) {
            Files.createDirectories(keyed.root().resolve("out"));
            Files.createDirectories(keyed.root().resolve("in"));
            Map<String, Object> body = new HashMap<>(Mailbox.connectionBody(practice));
            body.remove("password");
            body.put("privateKey", "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder(64,
                    "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
            body.put("port", keyed.port());
            body.put("hostKey", keyed.hostKeyLine());
            body.put("outgoingFolder", "out");
            body.put("incomingFolder", "in");
            var saved = put(practice, "admin", body);
            assertEquals(201, saved.statusCode(), saved.body().asString());
            assertEquals("KEY", saved.path("credential.kind"));
            assertFalse(saved.body().asString().contains("PRIVATE KEY"));
            assertEquals("OK", runs.run(new PracticeId(practice)).status());
        }
    }

    @Test
    void files_ofAnotherPractice_areNotFound_andADownloadAddressServesTheArchivedFile() throws Exception {
        String practice = Practices.fresh();
        settings(practice);
        assertEquals(201, put(practice, "admin", Mailbox.connectionBody(practice)).statusCode());
        String body = "%PDF not x12 but kept";
        Mailbox.drop(practice, "odd.bin", body);
        runs.run(new PracticeId(practice));
        var list = get(practice, "biller", "/clearinghouse/files?first=10");
        assertEquals(200, list.statusCode(), list.body().asString());
        String id = list.path("items[0].id");
        assertEquals("QUARANTINED", list.path("items[0].status"));

        assertEquals(404, get(Practices.fresh(), "admin", "/clearinghouse/files/" + id).statusCode());
        assertEquals(404, get(Practices.fresh(), "admin", "/clearinghouse/files/" + id + "/content").statusCode());
        assertEquals(403, get(practice, "coder", "/clearinghouse/files").statusCode());
        assertEquals(422, get(practice, "biller", "/clearinghouse/files?status=LOST").statusCode());
        assertEquals(400, get(practice, "biller", "/clearinghouse/files?after=forged").statusCode());

        var content = get(practice, "analyst", "/clearinghouse/files/" + id + "/content");
        assertEquals(200, content.statusCode());
        assertEquals(body, content.body().asString());
        var download = get(practice, "biller", "/clearinghouse/files/" + id + "/download");
        assertEquals(200, download.statusCode());
        HttpResponse<String> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(download.path("url"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fetched.statusCode());
        assertEquals(body, fetched.body());
    }
}
