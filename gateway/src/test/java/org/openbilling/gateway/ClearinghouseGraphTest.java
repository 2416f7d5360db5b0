package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbilling.clearinghouse.mailbox.MailboxServer;
import org.openbilling.testing.ClearinghouseTestResource;
import org.openbilling.testing.Tokens;

/**
 * The clearinghouse through GraphQL, over the real claim-status function and a real SFTP mailbox: the connection
 * set and read without its secret, the files listed with cursors and downloaded, and every role on every field.
 */
@QuarkusTest
@QuarkusTestResource(ClearinghouseTestResource.class)
class ClearinghouseGraphTest {
    static final List<String> ROLES = List.of("coder", "biller", "analyst", "partner", "admin");
    static MailboxServer mailbox;
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("gw-mailbox-");
        mailbox = MailboxServer.start(dir.resolve("root"), dir.resolve("key"), 0, "practice", "mailbox-pass", k -> false);
    }

    @AfterAll
    static void stop() {
        mailbox.close();
    }

    private Map<String, Object> input() throws IOException {
        Files.createDirectories(mailbox.root().resolve(practice + "/out"));
        Files.createDirectories(mailbox.root().resolve(practice + "/in"));
        Map<String, Object> c = new HashMap<>();
        c.put("host", "127.0.0.1");
        c.put("port", mailbox.port());
        c.put("user", "practice");
        c.put("password", "mailbox-pass");
        c.put("hostKey", mailbox.hostKeyLine());
        c.put("outgoingFolder", practice + "/out");
        c.put("incomingFolder", practice + "/in");
        c.put("environment", "PRODUCTION");
        return c;
    }

    private static final String SET = """
            mutation Set($c: ClearinghouseConnectionInput!) { setClearinghouseConnection(connection: $c) {
              host port user credential { kind setAt } hostKeyFingerprint environment enabled health { status } version } }""";
    private static final String READ = "{ clearinghouseConnection { host user credential { kind } health { status rule } version } }";
    private static final String FILES = """
            query Files($s: ExchangedFileStatus, $n: Int, $a: String) { exchangedFiles(status: $s, first: $n, after: $a) {
              edges { cursor node { id direction status kind remoteName size rule reason } } pageInfo { hasNextPage endCursor } } }""";

    @Test
    void setAndReadConnection_asAdmin_neverAnswersTheSecret() throws IOException {
        String set = GraphQL.post(Tokens.bearer(practice, "admin"), SET, Map.of("c", input()))
                .body("errors", nullValue())
                .body("data.setClearinghouseConnection.credential.kind", equalTo("PASSWORD"))
                .body("data.setClearinghouseConnection.health.status", equalTo("NEW"))
                .body("data.setClearinghouseConnection.version", equalTo(1))
                .extract().asString();
        String read = GraphQL.post(Tokens.bearer(practice, "admin"), READ, Map.of())
                .body("errors", nullValue())
                .body("data.clearinghouseConnection.user", equalTo("practice"))
                .extract().asString();
        assertFalse(set.contains("mailbox-pass") || read.contains("mailbox-pass"));
        Map<String, Object> bad = input();
        bad.put("hostKey", "not a key");
        GraphQL.post(Tokens.bearer(practice, "admin"), SET, Map.of("c", bad))
                .body("errors[0].extensions.code", equalTo("clearinghouse-host-key-format"))
                .body("errors[0].extensions.field", equalTo("hostKey"));
    }

    @Test
    void exchangedFiles_pageWithCursors_filterByStatus_andDownload() throws Exception {
        GraphQL.post(Tokens.bearer(practice, "admin"), SET, Map.of("c", input())).body("errors", nullValue());
        for (int i = 0; i < 3; i++) {
            Path f = mailbox.root().resolve(practice + "/in/unreadable-" + i + ".bin");
            Files.writeString(f, "not an interchange " + i);
            Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
        }
        given().header("Authorization", Tokens.bearer(practice, "admin")).post("/clearinghouse/runs").then()
                .statusCode(200).body("quarantined", equalTo(3));

        var first = GraphQL.post(Tokens.bearer(practice, "biller"), FILES, Map.of("n", 2))
                .body("errors", nullValue())
                .body("data.exchangedFiles.edges", hasSize(2))
                .body("data.exchangedFiles.pageInfo.hasNextPage", equalTo(true))
                .body("data.exchangedFiles.edges[0].node.status", equalTo("QUARANTINED"))
                .body("data.exchangedFiles.edges[0].node.rule", equalTo("clearinghouse-file-unreadable"))
                .extract();
        String after = first.path("data.exchangedFiles.pageInfo.endCursor");
        var rest = GraphQL.post(Tokens.bearer(practice, "biller"), FILES, Map.of("n", 2, "a", after))
                .body("errors", nullValue())
                .body("data.exchangedFiles.edges", hasSize(1))
                .body("data.exchangedFiles.pageInfo.hasNextPage", equalTo(false)).extract();
        List<String> ids = new java.util.ArrayList<>(first.path("data.exchangedFiles.edges.node.id"));
        ids.addAll(rest.path("data.exchangedFiles.edges.node.id"));
        assertEquals(3, Set.copyOf(ids).size());

        Map<String, Object> none = new HashMap<>();
        none.put("s", "PROCESSED");
        GraphQL.post(Tokens.bearer(practice, "analyst"), FILES, none)
                .body("errors", nullValue()).body("data.exchangedFiles.edges", hasSize(0));
        GraphQL.post(Tokens.bearer(practice, "biller"), FILES, Map.of("a", "forged"))
                .body("errors[0].extensions.code", equalTo("cursor-invalid"));
        // another practice's file is not found
        GraphQL.post(Tokens.bearer("p" + UUID.randomUUID().toString().substring(0, 8), "admin"),
                "query F($id: ID!) { exchangedFile(id: $id) { id } }", Map.of("id", ids.get(0)))
                .body("errors", nullValue()).body("data.exchangedFile", nullValue());

        String url = GraphQL.post(Tokens.bearer(practice, "biller"),
                "query D($id: ID!) { exchangedFileDownload(id: $id) { url expiresAt fileName } }", Map.of("id", ids.get(0)))
                .body("errors", nullValue()).body("data.exchangedFileDownload.expiresAt", notNullValue())
                .extract().path("data.exchangedFileDownload.url");
        HttpResponse<String> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, got.statusCode());
        assertFalse(got.body().isEmpty());
    }

    @Test
    void everyRole_onEveryClearinghouseField_getsWhatTheRoleTableSays() throws IOException {
        GraphQL.post(Tokens.bearer(practice, "admin"), SET, Map.of("c", input())).body("errors", nullValue());
        Map<String, Set<String>> allowed = Map.of(
                READ, Set.of("admin"),
                FILES, Set.of("biller", "analyst", "admin"),
                "query F($id: ID!) { exchangedFile(id: $id) { id } }", Set.of("biller", "analyst", "admin"),
                "query D($id: ID!) { exchangedFileDownload(id: $id) { url } }", Set.of("biller", "analyst", "admin"));
        for (String role : ROLES) {
            for (var e : allowed.entrySet()) {
                var r = GraphQL.post(Tokens.bearer(practice, role), e.getKey(), Map.of("id", "in-none")).extract();
                String code = r.path("errors[0].extensions.code");
                if (e.getValue().contains(role)) {
                    // allowed: no error, or (download of a file that does not exist) not-found
                    assertEquals(true, code == null || code.equals("not-found"), role + " " + e.getKey() + " " + code);
                } else {
                    assertEquals("forbidden", code, role + " " + e.getKey());
                }
            }
            Map<String, Object> c = input();
            c.remove("password");
            c.put("expectedVersion", 1);
            String code = GraphQL.post(Tokens.bearer(practice, role), SET, Map.of("c", c)).extract()
                    .path("errors[0].extensions.code");
            if (role.equals("admin")) {
                assertEquals(null, code);
            } else {
                assertEquals("forbidden", code, role);
            }
        }
    }
}
