package org.openbilling.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Faults: SIGKILL of claim-status in the middle of a large 835 posting, then a restart and a retry, compared
 * claim by claim with a clean run of the same file in another practice; SIGKILL of the local DynamoDB, then a
 * restart on the same data folder, checked against a ledger of every write that was answered 2xx.
 */
final class FaultPhase {
    private final LocalStack stack;
    private final Practice crashed;
    private final Practice clean;
    /** claim id → the version and status of its last 2xx answer, per practice. */
    private final Map<Practice, Map<String, String>> ledger = new LinkedHashMap<>();
    double cleanPostingSeconds;

    FaultPhase(LocalStack stack, Practice crashed, Practice clean) {
        this.stack = stack;
        this.crashed = crashed;
        this.clean = clean;
    }

    String crashDuringPosting(int claims) throws Exception {
        List<String> cleanNumbers = prepare(clean, claims);
        List<String> crashedNumbers = prepare(crashed, claims);
        String trace = "CRASH" + System.currentTimeMillis() % 100000;

        long t0 = System.nanoTime();
        JsonNode cleanAnswer = clean.postRemittance("POST /remittances (" + claims + " claims)", Remittances.paying(trace, cleanNumbers))
                .expectOk("clean posting").json();
        cleanPostingSeconds = (System.nanoTime() - t0) / 1e9;

        CompletableFuture<Http.Answer> first = CompletableFuture.supplyAsync(
                () -> crashed.postRemittance("crash: first posting", Remittances.paying(trace, crashedNumbers)));
        Thread.sleep((long) (cleanPostingSeconds * 1000 / 2));
        stack.kill("claim-status");
        int firstStatus = first.get().status();
        stack.startApp("claim-status");
        stack.awaitReady("claim-status");
        JsonNode retry = crashed.postRemittance("crash: retry", Remittances.paying(trace, crashedNumbers))
                .expectOk("retry after the crash").json();
        JsonNode again = crashed.postRemittance("crash: third post", Remittances.paying(trace, crashedNumbers))
                .expectOk("posting again").json();

        List<String> differences = new ArrayList<>();
        for (String total : List.of("claimsPaid", "claimsPartiallyPaid", "claimsDenied", "claimsReversed")) {
            if (cleanAnswer.path(total).asInt() != retry.path(total).asInt()) {
                differences.add(total + ": clean " + cleanAnswer.path(total) + ", after crash " + retry.path(total));
            }
        }
        if (cleanAnswer.path("invoicesCreated").size() != retry.path("invoicesCreated").size()) {
            differences.add("invoicesCreated: clean " + cleanAnswer.path("invoicesCreated").size() + ", after crash "
                    + retry.path("invoicesCreated").size());
        }
        if (!again.path("alreadyPosted").asBoolean()) {
            differences.add("a third post was not alreadyPosted");
        }
        List<String> cleanStates = states(clean);
        List<String> crashedStates = states(crashed);
        for (int i = 0; i < cleanStates.size(); i++) {
            if (!cleanStates.get(i).equals(crashedStates.get(i))) {
                differences.add("claim " + i + ": clean " + cleanStates.get(i) + " / after crash " + crashedStates.get(i));
                if (differences.size() > 10) {
                    break;
                }
            }
        }
        String result = "| SIGKILL of claim-status " + String.format("%.1f", cleanPostingSeconds / 2) + " s into posting an 835 of "
                + claims + " claims (first request answered " + (firstStatus == 599 ? "nothing: connection lost" : firstStatus)
                + "), restart, post again | " + (differences.isEmpty()
                ? "every claim, invoice and total equals the clean run's; a third post answers alreadyPosted"
                : String.join("; ", differences)) + " | " + (differences.isEmpty() ? "pass" : "FAIL") + " |\n";
        if (!differences.isEmpty()) {
            throw new AssertionError(result);
        }
        return result;
    }

    /** READY claims, submitted; their claim numbers in creation order. */
    private List<String> prepare(Practice p, int claims) {
        List<JsonNode> made = p.readyClaims(1, claims, "60054");
        List<String> ids = made.stream().map(c -> c.path("id").asText()).toList();
        p.submit(ids);
        Map<String, String> l = ledger.computeIfAbsent(p, k -> new LinkedHashMap<>());
        ids.forEach(id -> l.put(id, ""));
        return made.stream().map(c -> c.path("claimNumber").asText()).toList();
    }

    /** What each claim of a practice looks like now, in creation order, without ids, numbers and times. */
    private List<String> states(Practice p) {
        List<String> out = new ArrayList<>();
        for (String id : ledger.get(p).keySet()) {
            JsonNode c = p.claim(id);
            List<String> moves = new ArrayList<>();
            c.path("history").forEach(h -> moves.add(h.path("to").asText()));
            String state = c.path("status").asText() + " paid " + c.path("paidAmount").asText() + " co "
                    + c.path("contractualAdjustment").asText() + " pr " + c.path("patientResponsibility").asText()
                    + " balance " + c.path("insuranceBalance").asText() + " invoices " + c.path("invoiceIds").size()
                    + " adjustments " + c.path("adjustments").size() + " history " + moves + " v" + c.path("version").asText();
            ledger.get(p).put(id, c.path("version").asText() + " " + c.path("status").asText());
            out.add(state);
        }
        return out;
    }

    /** Kills the local DynamoDB, starts it on the same data, and reads back every claim of the ledger. */
    String dynamoRestart() throws Exception {
        int checked = 0;
        List<String> lost = new ArrayList<>();
        stack.killDynamo();
        stack.startDynamo();
        for (var entry : ledger.entrySet()) {
            Practice p = entry.getKey();
            for (var claim : entry.getValue().entrySet()) {
                Http.Answer a = p.http.get("verify", stack.url("claim-creation") + "/claims/" + claim.getKey(), p.token("biller"));
                checked++;
                String now = a.ok() ? a.json().path("version").asText() + " " + a.json().path("status").asText() : a.status() + "";
                if (!now.equals(claim.getValue())) {
                    lost.add(claim.getKey() + " was " + claim.getValue() + ", now " + now);
                }
            }
        }
        String result = "| SIGKILL of the local DynamoDB, restart on the same data folder | " + checked
                + " claims answered 2xx before it, " + lost.size() + " lost or changed" + (lost.isEmpty() ? "" : ": " + lost.subList(0, Math.min(5, lost.size())))
                + " | " + (lost.isEmpty() ? "pass" : "FAIL") + " |\n";
        if (!lost.isEmpty()) {
            throw new AssertionError(result);
        }
        return result;
    }
}
