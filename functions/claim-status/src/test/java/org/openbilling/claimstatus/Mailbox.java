package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openbilling.clearinghouse.mailbox.MailboxServer;
import org.openbilling.testing.Tokens;

/**
 * The clearinghouse side of the tests: one embedded SFTP server for the JVM, a folder pair per practice, and the
 * steps a clearinghouse takes (reads what arrived, drops answers).
 */
final class Mailbox {
    static final String USER = "practice";
    static final String PASSWORD = "mailbox-s3cret";
    private static MailboxServer server;

    private Mailbox() {
    }

    static synchronized MailboxServer server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("mailbox-");
                server = MailboxServer.start(dir.resolve("root"), dir.resolve("host.key"), 0, USER, PASSWORD, k -> false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    static Path outgoing(String practice) {
        return folder(practice + "/to-clearinghouse");
    }

    static Path incoming(String practice) {
        return folder(practice + "/from-clearinghouse");
    }

    private static Path folder(String name) {
        try {
            return Files.createDirectories(server().root().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connection an admin would set for the practice, as a PUT body. */
    static Map<String, Object> connectionBody(String practice) {
        Map<String, Object> body = new HashMap<>();
        body.put("host", "127.0.0.1");
        body.put("port", server().port());
        body.put("user", USER);
        body.put("password", PASSWORD);
        body.put("hostKey", server().hostKeyLine());
        body.put("outgoingFolder", practice + "/to-clearinghouse");
        body.put("incomingFolder", practice + "/from-clearinghouse");
        body.put("environment", "PRODUCTION");
        outgoing(practice);
        incoming(practice);
        return body;
    }

    static void connect(String practice) {
        int status = given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(connectionBody(practice)).put("/clearinghouse/connection").then().extract().statusCode();
        if (status != 201 && status != 200) {
            throw new AssertionError("connection not saved: " + status);
        }
    }

    /** Drops an answer file as the clearinghouse would: written whole, dated a minute ago. */
    static Path drop(String practice, String name, byte[] body) {
        try {
            Path f = incoming(practice).resolve(name);
            Files.write(f, body);
            Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path drop(String practice, String name, String body) {
        return drop(practice, name, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The names in the practice's outgoing folder (what the clearinghouse sees). */
    static List<String> sent(String practice) {
        try (Stream<Path> files = Files.list(outgoing(practice))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
