package org.openbilling.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The clearinghouse under fire: a practice connected to an SFTP mailbox (Apache MINA SSHD, its own process) sends
 * its claims in batches while the "clearinghouse" drops one 277CA per claim into the mailbox (200 answer files);
 * claim-status's timer uploads and takes in every 2 s. Half-way, claim-status is killed (SIGKILL) and started again.
 * Then: every answer file recorded PROCESSED exactly once, every claim accepted by exactly one history entry,
 * every batch in the mailbox exactly once (no second upload, no temporary file left).
 */
final class ClearinghousePhase {
    private final LocalStack stack;
    private final Practice practice;
    private final Http http;
    double seconds;

    ClearinghousePhase(LocalStack stack, Practice practice, Http http) {
        this.stack = stack;
        this.practice = practice;
        this.http = http;
    }

    String run(int files, int perBatch) throws Exception {
        LocalStack.Mailbox mailbox = stack.startMailbox(practice.id, "reliability-pass");
        {
            Path out = Files.createDirectories(mailbox.root().resolve("out"));
            Path in = Files.createDirectories(mailbox.root().resolve("in"));
            Map<String, Object> connection = new LinkedHashMap<>();
            connection.put("host", "127.0.0.1");
            connection.put("port", mailbox.port());
            connection.put("user", practice.id);
            connection.put("password", "reliability-pass");
            connection.put("hostKey", mailbox.hostKey());
            connection.put("outgoingFolder", "out");
            connection.put("incomingFolder", "in");
            connection.put("environment", "PRODUCTION");
            http.put("setup", stack.url("claim-status") + "/clearinghouse/connection", practice.token("admin"), connection)
                    .expectOk("PUT /clearinghouse/connection");

            List<JsonNode> claims = practice.readyClaims(500_000, files, "60054");
            long t0 = System.nanoTime();
            int batches = 0;
            boolean killed = false;
            int dropped = 0;
            for (int i = 0; i < claims.size(); i += perBatch) {
                List<JsonNode> batch = claims.subList(i, Math.min(claims.size(), i + perBatch));
                practice.submit(batch.stream().map(c -> c.path("id").asText()).toList());
                batches++;
                for (JsonNode c : batch) {
                    drop(in, "ACK_" + c.path("claimNumber").asText() + ".277", ack277(c.path("claimNumber").asText(), dropped));
                    dropped++;
                }
                if (!killed && dropped >= files / 2) {
                    // the function dies in the middle of its work: batches half sent, files half taken in
                    Thread.sleep(1500);
                    stack.kill("claim-status");
                    stack.startApp("claim-status");
                    stack.awaitReady("claim-status");
                    killed = true;
                }
            }
            List<JsonNode> processed = awaitProcessed(files, TimeUnit.MINUTES.toNanos(10));
            seconds = (System.nanoTime() - t0) / 1e9;
            List<String> problems = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (JsonNode f : processed) {
                if (!names.add(f.path("remoteName").asText())) {
                    problems.add("file " + f.path("remoteName").asText() + " recorded twice");
                }
            }
            if (processed.size() != files) {
                problems.add(processed.size() + " answer files processed, not " + files);
            }
            int accepted = 0;
            for (JsonNode c : claims) {
                JsonNode claim = practice.claim(c.path("id").asText());
                long verdicts = 0;
                for (JsonNode h : claim.path("history")) {
                    if (h.path("reason").asText().startsWith("277CA accepted")) {
                        verdicts++;
                    }
                }
                if (verdicts != 1 || !"ACCEPTED".equals(claim.path("status").asText())) {
                    problems.add("claim " + c.path("claimNumber").asText() + ": " + claim.path("status").asText() + " with "
                            + verdicts + " acceptances");
                } else {
                    accepted++;
                }
            }
            List<String> sent;
            try (Stream<Path> list = Files.list(out)) {
                sent = list.map(p -> p.getFileName().toString()).sorted().toList();
            }
            if (sent.size() != batches || sent.stream().anyMatch(n -> n.startsWith("."))) {
                problems.add("the mailbox holds " + sent + " for " + batches + " batches");
            }
            String verdict = problems.isEmpty() ? "ok" : "FAILED";
            String row = String.format("| clearinghouse: %d answer files dropped while %d batches went out, claim-status"
                            + " killed half-way | %d files processed once each, %d claims accepted once each, %d batch"
                            + " files in the mailbox (none twice), %.1f s to the last file | %s |%n", files, batches,
                    processed.size(), accepted, sent.size(), seconds, verdict);
            if (!problems.isEmpty()) {
                throw new AssertionError(row + "problems: " + problems.subList(0, Math.min(10, problems.size())) + "\n");
            }
            return row;
        }
    }

    /** Pages through the practice's PROCESSED files until {@code files} are there (or the time is up). */
    private List<JsonNode> awaitProcessed(int files, long timeoutNanos) throws Exception {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            List<JsonNode> all = new ArrayList<>();
            String after = null;
            do {
                String url = stack.url("claim-status") + "/clearinghouse/files?status=PROCESSED&first=100"
                        + (after == null ? "" : "&after=" + java.net.URLEncoder.encode(after, StandardCharsets.UTF_8));
                JsonNode page = http.get("verify", url, practice.token("biller")).expectOk("GET /clearinghouse/files").json();
                for (JsonNode f : page.path("items")) {
                    if ("RECEIVED".equals(f.path("direction").asText())) {
                        all.add(f);
                    }
                }
                after = page.path("hasNextPage").asBoolean() ? page.path("endCursor").asText() : null;
            } while (after != null);
            if (all.size() >= files || System.nanoTime() > deadline) {
                return all;
            }
            Thread.sleep(1000);
        }
    }

    private static void drop(Path folder, String name, String body) throws Exception {
        Path tmp = folder.resolve("." + name + ".part");
        Files.writeString(tmp, body, StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(tmp, FileTime.from(Instant.now().minusSeconds(5)));
        Files.move(tmp, folder.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** A 277CA accepting one claim, addressed to the practice's submitter. */
    static String ack277(String claimNumber, int n) {
        String control = String.format("%09d", 800_000_000 + n);
        List<String> s = List.of(
                "ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261201*0900*^*00501*" + control + "*0*P*:",
                "GS*HN*ACMEPAYER*SUBMIT01*20261201*0900*" + (800_000 + n) + "*X*005010X214",
                "ST*277*0001*005010X214", "BHT*0085*08*277CA" + n + "*20261201*0900*TH", "HL*1**20*1",
                "NM1*PR*2*ACME HEALTH*****PI*60054", "TRN*1*R" + n, "DTP*050*D8*20261201", "DTP*009*D8*20261201",
                "HL*2*1*21*1", "NM1*41*2*RELIABILITY CLINIC*****46*SUBMIT01", "TRN*2*" + n,
                "STC*A1:19:PR*20261201*WQ*125", "HL*3*2*19*1", "NM1*85*2*RELIABILITY CLINIC*****XX*1234567893",
                "TRN*1*0", "HL*4*3*PT", "NM1*QC*1*PATIENT*SYNTHETIC", "TRN*2*" + claimNumber,
                "STC*A1:20:PR*20261201*WQ*125", "REF*1K*R" + n, "SE*21*0001", "GE*1*" + (800_000 + n),
                "IEA*1*" + control);
        return String.join("~\n", s) + "~\n";
    }
}
