package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbilling.claimstatus.clearinghouse.ClearinghouseRuns;
import org.openbilling.testing.ClearinghouseTestResource;
import org.openbilling.clearinghouse.archive.FileArchive;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.domain.clearinghouse.SubmissionUpload;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.domain.submission.StatusInquiry;
import org.openbilling.domain.submission.Submission;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.clearinghouse.ExchangedFileRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.remittance.RemittanceRepository;
import org.openbilling.dynamodb.submission.SubmissionRepository;
import org.openbilling.testing.Tokens;

/**
 * Batches out and answers in through a real SFTP server (Apache MINA SSHD) and a real S3-compatible archive
 * (s3rver): upload under a temporary name and rename, pick-up and routing of each kind, quarantine, and the
 * crash-and-retry points of both directions, each checked for nothing lost and nothing doubled.
 */
@QuarkusTest
@QuarkusTestResource(ClearinghouseTestResource.class)
class ClearinghouseExchangeTest {
    @Inject
    ClearinghouseRuns runs;
    @Inject
    SubmissionService submissionService;
    @Inject
    SubmissionRepository submissions;
    @Inject
    ExchangedFileRepository files;
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;
    @Inject
    RemittanceRepository remittances;
    @Inject
    FileArchive archive;
    @Inject
    TestRunHooks hooks;
    @Inject
    StatusInquiryService inquiries;

    @AfterEach
    void disarm() {
        hooks.disarm();
        Mailbox.server().faults().clear();
    }

    /** A practice with production X12 settings and a connection to the test mailbox. */
    private String connectedPractice() {
        String practice = Practices.fresh();
        PracticeId id = new PracticeId(practice);
        practices.save(new PracticeSettings(id, "SUBMIT01", "LAKESIDE BILLING",
                new PracticeSettings.Contact("Billing Office", "2175550100", null), "CLEARHOUSE", "ACME CLEARINGHOUSE",
                "P", PracticeSettings.DEFAULT_ZONE, 30, practices.find(id).version()));
        Mailbox.connect(practice);
        return practice;
    }

    /** A stored batch of {@code n} READY claims (through the service: no upload is started by a request). */
    private Submission aBatch(String practice, int n) {
        List<ClaimId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Practices.aReadyClaim(claims, practice).id());
        }
        return submissionService.submit(new PracticeId(practice), ids, "k-" + UUID.randomUUID(), "biller");
    }

    private ClearinghouseRuns.PracticeRun run(String practice) {
        return runs.run(new PracticeId(practice));
    }

    private List<ExchangedFile> filesOf(String practice) {
        return files.page(new PracticeId(practice), null, 100, null).items();
    }

    private Claim reload(String practice, ClaimId id) {
        return claims.find(new PracticeId(practice), id).orElseThrow();
    }

    private static long reasons(Claim c, String prefix) {
        return c.history().stream().filter(h -> h.reason() != null && h.reason().startsWith(prefix)).count();
    }

    private static String ack999(Submission s) {
        return X12Corpus.load("999-accepted.edi", Map.of("GROUP", s.controlNumbers().group(),
                "ST02", s.controlNumbers().transactions().get(0)));
    }

    @Test
    void upload_ofAStatusInquiry_sendsThe276Once_asA276File() {
        String practice = connectedPractice();
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        StatusInquiry q = inquiries.inquire(new PracticeId(practice), List.of(c.id()), null, "biller");

        var first = run(practice);

        assertEquals(1, first.sent(), first.toString());
        List<String> names = Mailbox.sent(practice);
        assertEquals(1, names.size(), names.toString());
        assertTrue(names.get(0).endsWith(".276"), names.toString());
        assertEquals(q.x12(), Mailbox.read(Mailbox.outgoing(practice).resolve(names.get(0))));
        ExchangedFile f = filesOf(practice).get(0);
        assertEquals("276", f.kind());
        assertEquals(q.id(), f.submissionId());
        assertTrue(submissions.awaitingUpload(new PracticeId(practice), Instant.EPOCH, 10).isEmpty());
        assertEquals(0, run(practice).sent());
        assertEquals(names, Mailbox.sent(practice));
        assertTrue(submissions.find(new PracticeId(practice), new org.openbilling.domain.common.SubmissionId(q.id()))
                .isEmpty(), "an inquiry is no 837P batch");
    }

    @Test
    void pickUp_ofA277StatusResponse_recordsTheAnswerOnTheClaim() {
        String practice = connectedPractice();
        Claim paid = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        StatusInquiry q = inquiries.inquire(new PracticeId(practice), List.of(paid.id()), null, "biller");
        Map<String, String> v = new java.util.HashMap<>();
        v.put("GUIDE", "005010X212");
        v.put("REF", q.id());
        v.put("PAID", paid.claimNumber().value());
        v.put("PAIDTRACE", q.claims().get(0).trace());
        for (String other : List.of("DENIED", "PENDING", "UNKNOWN")) {
            v.put(other, "ZZ" + other);
            v.put(other + "TRACE", "ZZ" + other + "-0000000000");
        }
        v.put("PENDINGSTATUS", "P1:20");
        Mailbox.drop(practice, "d-277.x12", X12Corpus.load("277-status.edi", v));

        var r = run(practice);

        assertEquals("OK", r.status(), r.toString());
        assertEquals(1, reasons(reload(practice, paid.id()), "277 claim status F1 (finalized): F1:65"));
        ExchangedFile got = filesOf(practice).stream().filter(f -> f.direction() == ExchangedFile.Direction.RECEIVED)
                .findFirst().orElseThrow();
        assertEquals(ExchangedFile.Status.PROCESSED, got.status(), got.toString());
        run(practice);
        assertEquals(1, reasons(reload(practice, paid.id()), "277 claim status F1"), "fetched and posted once");
    }

    @Test
    void upload_ofAStoredBatch_isRenamedWhole_recordedOnTheBatch_andSentOnce() {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 2);

        var first = run(practice);
        assertEquals("OK", first.status(), first.toString());
        assertEquals(1, first.sent());
        List<String> names = Mailbox.sent(practice);
        assertEquals(1, names.size(), names.toString());
        String name = names.get(0);
        assertTrue(name.startsWith("SUBMIT01_" + s.controlNumbers().interchange() + "_") && name.endsWith(".837"), name);
        assertEquals(s.x12(), Mailbox.read(Mailbox.outgoing(practice).resolve(name)));
        SubmissionUpload up = submissions.upload(new PracticeId(practice), s.id()).orElseThrow();
        assertEquals(SubmissionUpload.State.SENT, up.state());
        assertEquals(name, up.remoteName());
        assertTrue(submissions.awaitingUpload(new PracticeId(practice), Instant.EPOCH, 10).isEmpty());
        ExchangedFile f = filesOf(practice).get(0);
        assertEquals(ExchangedFile.Status.SENT, f.status());
        assertEquals("837P", f.kind());
        assertEquals(s.id().value(), f.submissionId());
        assertTrue(archive.holds(f.archiveKey(), f.sha256()));

        var again = run(practice);
        assertEquals(0, again.sent());
        assertEquals(List.of(name), Mailbox.sent(practice));
        assertEquals(1, filesOf(practice).size());
    }

    @Test
    void submit_overHttp_uploadsRightAfterTheBatchIsStored() throws Exception {
        String practice = connectedPractice();
        Claim c = Practices.aReadyClaim(claims, practice);
        var r = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .header("Idempotency-Key", "up-" + UUID.randomUUID()).body(Map.of("claimIds", List.of(c.id().value())))
                .post("/submissions").then().extract();
        assertEquals(201, r.statusCode(), r.body().asString());
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (Mailbox.sent(practice).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, Mailbox.sent(practice).size());
    }

    @Test
    void upload_crashBetweenUploadAndRename_nextRunSendsItOnce() {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 1);
        hooks.crashAt(TestRunHooks.Step.UPLOADED);
        assertThrows(TestPostingHooks.SimulatedCrash.class, () -> run(practice));
        // only the temporary name is on the server: the clearinghouse takes nothing yet
        List<String> midway = Mailbox.sent(practice);
        assertEquals(1, midway.size());
        assertTrue(midway.get(0).startsWith(".") && midway.get(0).endsWith(".part"), midway.toString());

        assertEquals(1, run(practice).sent());
        List<String> after = Mailbox.sent(practice);
        assertEquals(1, after.size(), after.toString());
        assertFalse(after.get(0).startsWith("."));
        assertEquals(s.x12(), Mailbox.read(Mailbox.outgoing(practice).resolve(after.get(0))));
    }

    @Test
    void upload_crashAfterRename_whenTheClearinghouseTookTheFileAlready_isNotSentAgain() throws Exception {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 1);
        hooks.crashAt(TestRunHooks.Step.RENAMED);
        assertThrows(TestPostingHooks.SimulatedCrash.class, () -> run(practice));
        List<String> midway = Mailbox.sent(practice);
        assertEquals(1, midway.size());
        // the clearinghouse picks the file up (and removes it) before our next run
        Files.delete(Mailbox.outgoing(practice).resolve(midway.get(0)));

        run(practice);
        assertTrue(Mailbox.sent(practice).isEmpty(), "nothing uploaded a second time");
        assertEquals(SubmissionUpload.State.SENT, submissions.upload(new PracticeId(practice), s.id()).orElseThrow().state());
        assertEquals(1, filesOf(practice).size());
    }

    @Test
    void upload_whenServerDiskIsFull_retriesNextRun_andSendsOnce() {
        String practice = connectedPractice();
        aBatch(practice, 1);
        Mailbox.server().faults().diskFull(true);
        var failed = run(practice);
        assertEquals("RETRYING", failed.status(), failed.toString());
        assertEquals(1, submissions.awaitingUpload(new PracticeId(practice), Instant.EPOCH, 10).size());
        var health = given().header("Authorization", Tokens.bearer(practice, "admin")).get("/clearinghouse/connection")
                .then().extract();
        assertEquals("RETRYING", health.path("health.status"));
        assertEquals("clearinghouse-transfer-failed", health.path("health.rule"));

        Mailbox.server().faults().clear();
        assertEquals(1, run(practice).sent());
        assertEquals(1, Mailbox.sent(practice).stream().filter(n -> !n.startsWith(".")).count());
    }

    @Test
    void pickUp_routesEachKind_throughTheServicesOfTheRestEndpoints() {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 3);
        run(practice);
        List<Claim> batch = s.claimIds().stream().map(id -> reload(practice, id)).toList();

        Mailbox.drop(practice, "a-999.x12", ack999(s));
        Mailbox.drop(practice, "b-277ca.x12", X12Corpus.load("277ca-mixed.edi", Map.of(
                "ACCEPTED", batch.get(0).claimNumber().value(), "REJECTED", batch.get(1).claimNumber().value(),
                "LOWER", batch.get(2).claimNumber().value().toLowerCase(), "OTHER", "ZZOTHER0001")));
        var r = run(practice);
        assertEquals(2, r.processed(), r.toString());
        assertEquals(ClaimStatus.ACCEPTED, reload(practice, batch.get(0).id()).status());
        assertEquals(ClaimStatus.REJECTED, reload(practice, batch.get(1).id()).status());
        assertEquals(1, reasons(reload(practice, batch.get(2).id()), "999 accepted"));

        String trace = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Mailbox.drop(practice, "c-835.x12", X12Corpus.generated835(trace, "1123456789",
                List.of(batch.get(0).claimNumber().value(), batch.get(2).claimNumber().value()), false));
        assertEquals(1, run(practice).processed());
        assertEquals(ClaimStatus.PAID, reload(practice, batch.get(0).id()).status());
        assertTrue(remittances.find(new PracticeId(practice), "1123456789", trace).isPresent());

        List<ExchangedFile> received = filesOf(practice).stream()
                .filter(f -> f.direction() == ExchangedFile.Direction.RECEIVED).toList();
        assertEquals(3, received.size());
        assertTrue(received.stream().allMatch(f -> f.status() == ExchangedFile.Status.PROCESSED), received.toString());
        assertEquals(List.of("835", "277CA", "999"), received.stream().map(ExchangedFile::kind).toList());
        for (ExchangedFile f : received) {
            try (var in = archive.open(f.archiveKey())) {
                assertEquals(f.sha256(), org.openbilling.clearinghouse.Sha256.hex(in.readAllBytes()), "archived whole");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        // the mailbox keeps serving the same files: nothing is downloaded or posted again
        long version = reload(practice, batch.get(0).id()).version();
        var idle = run(practice);
        assertEquals(0, idle.processed());
        assertEquals(version, reload(practice, batch.get(0).id()).version());
    }

    @Test
    void pickUp_crashBetweenDownloadAndPosting_nextRunPostsOnce() {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 2);
        run(practice);
        Mailbox.drop(practice, "999.x12", ack999(s));
        hooks.crashAt(TestRunHooks.Step.RECEIVED);
        var crashed = run(practice);
        // the crash is one file's failure: the run carries on and says so
        assertEquals(1, crashed.problems().size(), crashed.toString());
        ExchangedFile midway = filesOf(practice).stream().filter(f -> f.kind().equals("999")).findFirst().orElseThrow();
        assertEquals(ExchangedFile.Status.RECEIVED, midway.status());
        assertEquals(0, reasons(reload(practice, s.claimIds().get(0)), "999 accepted"));

        var retried = run(practice);
        assertEquals(1, retried.processed(), retried.toString());
        for (ClaimId id : s.claimIds()) {
            assertEquals(1, reasons(reload(practice, id), "999 accepted"));
        }
        assertEquals(ExchangedFile.Status.PROCESSED, files.find(new PracticeId(practice), midway.id()).orElseThrow().status());
    }

    @Test
    void pickUp_crashBetweenPostingAndItsRecord_nextRunRecordsIt_andPostsNothingTwice() {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 2);
        run(practice);
        List<String> numbers = s.claimIds().stream().map(id -> reload(practice, id).claimNumber().value()).toList();
        String trace = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Mailbox.drop(practice, "era.835", X12Corpus.generated835(trace, "1123456789", numbers, false));
        hooks.crashAt(TestRunHooks.Step.POSTED);
        run(practice);
        List<Claim> posted = s.claimIds().stream().map(id -> reload(practice, id)).toList();
        assertTrue(posted.stream().allMatch(c -> c.postings().size() == 1));

        var retried = run(practice);
        assertEquals(1, retried.processed(), retried.toString());
        for (Claim c : posted) {
            Claim now = reload(practice, c.id());
            assertEquals(c.version(), now.version(), "posted again");
            assertEquals(1, now.postings().size());
        }
        ExchangedFile f = filesOf(practice).stream().filter(x -> x.kind().equals("835")).findFirst().orElseThrow();
        assertEquals(ExchangedFile.Status.PROCESSED, f.status());
        assertTrue(f.outcome().contains("\"alreadyPosted\":true"), f.outcome());
    }

    @Test
    void pickUp_quarantinesWhatCannotBePosted_keepsIt_andCarriesOnWithTheNextFile() {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 1);
        run(practice);
        String otherSubmitter = ack999(s).replace("*ZZ*SUBMIT01       *", "*ZZ*SUBMIT99       *");
        Mailbox.drop(practice, "1-other.x12", otherSubmitter);
        Mailbox.drop(practice, "2-garbage.pdf", "%PDF-1.7 this is no interchange");
        Mailbox.drop(practice, "3-eligibility.x12", ack999(s).replace("GS*FA", "GS*HB")
                .replace("ST*999*0001*005010X231A1", "ST*271*0001*005010X279A1"));
        Mailbox.drop(practice, "4-test-file.x12", ack999(s).replace("*0*P*:", "*0*T*:"));
        Mailbox.drop(practice, "5-truncated.x12", ack999(s).substring(0, ack999(s).indexOf("IK5")));
        Mailbox.drop(practice, "6-good.x12", ack999(s));
        var r = run(practice);
        assertEquals(5, r.quarantined(), r.toString());
        assertEquals(1, r.processed(), r.toString());
        Map<String, String> rules = new java.util.TreeMap<>();
        for (ExchangedFile f : filesOf(practice)) {
            if (f.status() == ExchangedFile.Status.QUARANTINED) {
                rules.put(f.remoteName(), f.rule());
                assertTrue(archive.holds(f.archiveKey(), f.sha256()), "kept in the archive");
                assertFalse(f.reason() == null || f.reason().isBlank());
            }
        }
        assertEquals(Map.of("1-other.x12", "clearinghouse-file-other-submitter",
                "2-garbage.pdf", "clearinghouse-file-unreadable",
                "3-eligibility.x12", "clearinghouse-file-unsupported",
                "4-test-file.x12", "clearinghouse-file-usage-mismatch",
                "5-truncated.x12", "clearinghouse-file-malformed"), rules);
        // never deleted from the mailbox either, and not tried again
        assertEquals(6, Mailbox.incoming(practice).toFile().list().length);
        assertEquals(0, run(practice).quarantined());
        var listed = given().header("Authorization", Tokens.bearer(practice, "biller"))
                .queryParam("status", "QUARANTINED").get("/clearinghouse/files").then().extract();
        assertEquals(200, listed.statusCode());
        assertEquals(5, listed.jsonPath().getList("items").size());
        // each quarantined file is a work item, once, however often the poller sees it
        var work = given().header("Authorization", Tokens.bearer(practice, "biller"))
                .queryParam("category", "FILE_QUARANTINED").get("/work-items").then().extract();
        assertEquals(200, work.statusCode());
        assertEquals(filesOf(practice).stream().filter(f -> f.status() == ExchangedFile.Status.QUARANTINED)
                .map(ExchangedFile::id).sorted().toList(), work.jsonPath().getList("items.fileId", String.class).stream()
                .sorted().toList());
    }

    @Test
    void pickUp_ofFilesWithBomAndCrLf_postsThem() {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 1);
        run(practice);
        byte[] body = ack999(s).replace("~\n", "~").replace("~", "~\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Mailbox.drop(practice, "bom.x12", withBom);
        assertEquals(1, run(practice).processed());
        assertEquals(1, reasons(reload(practice, s.claimIds().get(0)), "999 accepted"));
    }

    @Test
    void pickUp_leavesHalfWrittenFiles_untilTheyAreComplete() throws Exception {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 1);
        run(practice);
        Mailbox.drop(practice, ".999.x12.part", ack999(s));
        var growing = Mailbox.drop(practice, "growing.x12", ack999(s).substring(0, 200));
        // still being written: changed "just now" (after the run's clock)
        Files.setLastModifiedTime(growing, FileTime.from(Instant.now().plusSeconds(3600)));
        var r = run(practice);
        assertEquals(0, r.processed() + r.quarantined(), r.toString());
        assertEquals(2, r.waiting());

        Files.writeString(growing, ack999(s), StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(growing, FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(1, run(practice).processed());
    }

    @Test
    void pickUp_whenTheConnectionDropsMidFile_carriesOn_andTakesTheFileNextRun() {
        String practice = connectedPractice();
        Submission s = aBatch(practice, 1);
        run(practice);
        String big = ack999(s) + "\n".repeat(400_000);
        Mailbox.drop(practice, "a-big.x12", big);
        Mailbox.drop(practice, "b-small.x12", ack999(s).replace("000000101", "000000102"));
        Mailbox.server().faults().dropConnectionAfter(100_000);
        var r = run(practice);
        assertEquals("RETRYING", r.status(), r.toString());
        assertEquals(1, r.processed(), "the next file still got its turn");
        var again = run(practice);
        assertEquals(1, again.processed(), again.toString());
        assertEquals("OK", again.status());
        assertEquals(2, filesOf(practice).stream().filter(f -> f.status() == ExchangedFile.Status.PROCESSED).count());
    }

    @Test
    void pickUp_ofAnX12FileOverTheRestLimit_isPosted() {
        String practice = connectedPractice();
        // over the 5 MB REST limit; CLPs for one unknown claim number keep the posting itself quick, and service-line
        // references pad them (12,000 unmatched numbers keep the remittance record under DynamoDB's item limit)
        String trace = "BIG" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> numbers = java.util.Collections.nCopies(12_000, "ZZUNKNOWN0001");
        String padded = X12Corpus.generated835(trace, "1123456789", numbers, false)
                .replace("~\nCLP*", "~\n" + "REF*6R*LINE000000001~\n".repeat(20) + "CLP*");
        // the envelope must still add up (SE01 counts ST through SE), or the file is quarantined as malformed
        int st = padded.indexOf("ST*835");
        int se = padded.indexOf("~\nSE*", st) + 2;
        int segments = padded.substring(st, se).split("~\n", -1).length;
        String x12 = padded.substring(0, se) + padded.substring(se).replaceFirst("^SE\\*\\d+\\*", "SE*" + segments + "*");
        assertTrue(x12.length() > 5_242_880, "size " + x12.length());
        Mailbox.drop(practice, "big.835", x12);
        var r = run(practice);
        assertEquals(1, r.processed(), r.toString());
        ExchangedFile f = filesOf(practice).get(0);
        assertEquals(x12.length(), f.size());
        assertTrue(remittances.find(new PracticeId(practice), "1123456789", trace).isPresent());
    }
}
