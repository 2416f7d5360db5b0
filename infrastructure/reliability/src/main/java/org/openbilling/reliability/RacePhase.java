package org.openbilling.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Races over real HTTP: one key, one record; no lost answered update; never more paid than owed. */
final class RacePhase {
    private final Practice practice;
    private final List<String> failures = new ArrayList<>();

    RacePhase(Practice practice) {
        this.practice = practice;
    }

    String run() throws Exception {
        StringBuilder out = new StringBuilder("| race | result | verdict |\n|---|---|---|\n");
        out.append(oneKey()).append(statusUpdates()).append(payments());
        if (!failures.isEmpty()) {
            throw new AssertionError("races failed: " + failures + "\n" + out);
        }
        return out.toString();
    }

    private String oneKey() throws Exception {
        String encounter = practice.createEncounter("setup", 900_001, "60054");
        List<Http.Answer> answers = all(50, i -> practice.http.postJson("race", practice.stack.url("claim-creation") + "/claims",
                practice.token("biller"), Map.of("encounterId", encounter), Map.of("Idempotency-Key", "race-one-key")));
        Set<String> ids = new HashSet<>();
        int ok = 0;
        for (Http.Answer a : answers) {
            if (a.ok()) {
                ok++;
                ids.add(a.json().path("id").asText());
            }
        }
        JsonNode e = practice.http.graphql("verify", practice.stack.url("gateway"), practice.token("analyst"),
                "query($id: ID!) { encounter(id: $id) { claims { id } } }", Map.of("id", encounter)).json();
        int stored = e.path("data").path("encounter").path("claims").size();
        boolean pass = ok == 50 && ids.size() == 1 && stored == 1;
        verdict(pass, "one key");
        return "| 50 concurrent POST /claims, one Idempotency-Key | " + ok + " answered 2xx, " + ids.size()
                + " distinct claim id, " + stored + " claim stored | " + (pass ? "pass" : "FAIL") + " |\n";
    }

    private String statusUpdates() throws Exception {
        JsonNode claim = practice.readyClaims(900_100, 1, "60054").get(0);
        String id = claim.path("id").asText();
        long v0 = claim.path("version").asLong();
        String[] targets = {"SUBMITTED", "REJECTED", "READY"};
        List<Http.Answer> answers = all(100, i -> practice.http.postJson("race", practice.stack.url("claim-status")
                + "/claims/" + id + "/status", practice.token("biller"),
                Map.of("status", targets[i % 3], "reason", "race-" + i), Map.of()));
        Set<String> answered = new HashSet<>();
        int unexpected = 0;
        for (int i = 0; i < answers.size(); i++) {
            int s = answers.get(i).status();
            if (s == 200) {
                answered.add("race-" + i);
            } else if (s != 422) {
                unexpected++;
            }
        }
        JsonNode after = practice.claim(id);
        Map<String, Integer> inHistory = new HashMap<>();
        for (JsonNode h : after.path("history")) {
            inHistory.merge(h.path("reason").asText(), 1, Integer::sum);
        }
        boolean allThere = answered.stream().allMatch(r -> inHistory.getOrDefault(r, 0) == 1);
        boolean versions = after.path("version").asLong() == v0 + answered.size();
        boolean pass = unexpected == 0 && allThere && versions && after.path("history").size() == 1 + answered.size();
        verdict(pass, "status updates");
        return "| 100 concurrent status updates of one claim | " + answered.size() + " answered 200 (the rest 422: not allowed"
                + " from the state they met), all " + (allThere ? "" : "NOT ") + "in the history once, version "
                + after.path("version").asLong() + " = " + v0 + " + " + answered.size() + " | " + (pass ? "pass" : "FAIL") + " |\n";
    }

    private String payments() throws Exception {
        Map<String, Object> e = Practice.encounter(900_200, "60054");
        e.remove("coverage");
        String encounter = practice.http.postJson("setup", practice.stack.url("code-validation") + "/encounters",
                practice.token("coder"), e, Map.of()).expectOk("self-pay encounter").json().path("id").asText();
        JsonNode invoice = practice.http.postJson("setup", practice.stack.url("claim-status") + "/encounters/" + encounter
                + "/invoice", practice.token("biller"), "{}", Map.of("Idempotency-Key", "inv-" + encounter))
                .expectOk("self-pay invoice").json();
        String id = invoice.path("id").asText();
        List<Http.Answer> answers = all(20, i -> practice.http.postJson("race", practice.stack.url("claim-status")
                + "/invoices/" + id + "/payments", practice.token("biller"),
                Map.of("amount", "10.00", "method", "CARD", "reference", "race-" + i), Map.of("Idempotency-Key", "pay-" + i)));
        int ok = 0;
        int refused = 0;
        for (Http.Answer a : answers) {
            if (a.ok()) {
                ok++;
            } else if (a.status() == 422) {
                refused++;
            }
        }
        JsonNode after = practice.http.get("verify", practice.stack.url("claim-status") + "/invoices/" + id,
                practice.token("biller")).expectOk("GET invoice").json();
        BigDecimal paid = new BigDecimal(after.path("amountPaid").asText());
        BigDecimal due = new BigDecimal(after.path("amountDue").asText());
        boolean pass = ok + refused == 20 && after.path("payments").size() == ok
                && paid.compareTo(new BigDecimal("10.00").multiply(BigDecimal.valueOf(ok))) == 0 && paid.compareTo(due) <= 0;
        verdict(pass, "payments");
        return "| 20 concurrent $10.00 payments on one $" + due + " invoice | " + ok + " accepted, " + refused
                + " refused (422 overpayment), paid " + paid + ", balance " + after.path("balance").asText() + " | "
                + (pass ? "pass" : "FAIL") + " |\n";
    }

    private void verdict(boolean pass, String name) {
        if (!pass) {
            failures.add(name);
        }
    }

    interface Call {
        Http.Answer call(int i) throws Exception;
    }

    static List<Http.Answer> all(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 50));
        List<Future<Http.Answer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit((Callable<Http.Answer>) () -> call.call(k)));
        }
        List<Http.Answer> out = new ArrayList<>();
        for (Future<Http.Answer> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }
}
