package org.openbilling.claimstatus.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.claimstatus.clearinghouse.ConnectionService;
import org.openbilling.clearinghouse.mailbox.MailboxServer;
import org.openbilling.contract.Requests;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.clearinghouse.ExchangedFileRepository;
import org.openbilling.testing.ApiGatewayEvents;
import org.openbilling.testing.ClearinghouseTestResource;

/**
 * The schedule's invocation of the clearinghouse function: the HTTP API event the EventBridge rule sends (the stack's
 * test compares its input with this file) reaches the scheduled-run route without a token and serves every
 * connected practice.
 */
@QuarkusTest
@QuarkusTestResource(ClearinghouseTestResource.class)
class ScheduledRunEventTest {
    @Inject
    ExchangedFileRepository files;
    @Inject
    ConnectionService connections;

    @Test
    void scheduledRunEvent_servesTheConnectedPractices() throws Exception {
        String practice = "p" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createTempDirectory("lambda-mailbox-");
        try (MailboxServer mailbox = MailboxServer.start(dir.resolve("root"), dir.resolve("key"), 0, "practice", "pw",
                k -> false)) {
            Files.createDirectories(mailbox.root().resolve("out"));
            Path in = Files.createDirectories(mailbox.root().resolve("in"));
            Path f = Files.writeString(in.resolve("unknown.bin"), "not an interchange");
            Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
            connections.put(new PracticeId(practice), new Requests.ClearinghouseConnection("127.0.0.1", mailbox.port(),
                    "practice", "pw", null, null, mailbox.hostKeyLine(), "out", "in", null, "PRODUCTION", true, null),
                    "test-admin");

            given().contentType("application/json").body(ApiGatewayEvents.load("apigw-v2-scheduled-run.json", Map.of()))
                    .post("/_lambda_")
                    .then().statusCode(200)
                    .body("statusCode", equalTo(200))
                    .body("body", containsString("\"practiceId\":\"" + practice + "\""));
            var listed = files.page(new PracticeId(practice), null, 10, null).items();
            assertEquals(1, listed.size());
            assertEquals(ExchangedFile.Status.QUARANTINED, listed.get(0).status());
        }
    }
}
