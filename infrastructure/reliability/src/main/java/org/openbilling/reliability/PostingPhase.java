package org.openbilling.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 835 posting over HTTP (issue 19): one 835 of {@code claims} claims posted to claim-status, plain (every claim to
 * one payer) and as a chain of payers (every other claim with a secondary coverage, so that its posting makes the
 * secondary claim), after an untimed chain round that lets the JIT compile the posting's paths. Each posting is
 * measured by its wall time, the DynamoDB calls dynalite served meanwhile (dynalite's own count: the other apps are
 * idle, but claim-status's timers may add a few), the CPU time claim-status's JVM and dynalite spent on it (from /proc),
 * and the load average after it.
 */
final class PostingPhase {
    static final String PAYER = "60054";
    static final String SECONDARY_PAYER = "87726";
    private final LocalStack stack;
    private final Http http;
    private final String run;

    PostingPhase(LocalStack stack, Http http, String run) {
        this.stack = stack;
        this.http = http;
        this.run = run;
    }

    /** The table rows: the warm-up round, then the plain and the chain 835 of {@code claims} claims. */
    String run(int claims, int warmUp) throws Exception {
        StringBuilder rows = new StringBuilder("| 835 | claims | secondary claims made | wall s | DynamoDB calls (dynalite) "
                + "| claim-status CPU s | dynalite CPU s | load average after |\n|---|---|---|---|---|---|---|---|\n");
        if (warmUp > 0) {
            rows.append(post("chain warm-up (untimed in the goal)", "warm-" + run, warmUp, true));
        }
        rows.append(post("plain", "plain-" + run, claims, false));
        rows.append(post("chain: every other claim with a secondary coverage", "chain-" + run, claims, true));
        return rows.toString();
    }

    private String post(String label, String practiceId, int claims, boolean chain) throws Exception {
        Practice p = new Practice(practiceId, stack, http);
        p.configure();
        List<JsonNode> made = readyClaims(p, claims, chain);
        List<String> ids = made.stream().map(c -> c.path("id").asText()).toList();
        p.submit(ids);
        String x12 = Remittances.paying("POST" + Math.abs(practiceId.hashCode()) % 100000,
                made.stream().map(c -> c.path("claimNumber").asText()).toList());

        Map<String, Integer> calls0 = stack.dynamoCalls();
        long app0 = cpuNanos(stack.pid("claim-status"));
        long db0 = cpuNanos(stack.pid("dynamodb"));
        long t0 = System.nanoTime();
        JsonNode answer = p.postRemittance("POST /remittances (" + label + ")", x12).expectOk(label).json();
        double wall = (System.nanoTime() - t0) / 1e9;
        double app = (cpuNanos(stack.pid("claim-status")) - app0) / 1e9;
        double db = (cpuNanos(stack.pid("dynamodb")) - db0) / 1e9;
        Map<String, Integer> calls = minus(stack.dynamoCalls(), calls0);
        String load = Files.readString(Path.of("/proc/loadavg")).strip();

        int posted = answer.path("claimsPaid").asInt() + answer.path("claimsPartiallyPaid").asInt();
        if (posted != claims) {
            throw new AssertionError("| " + label + " | " + claims + " | posted " + posted + ": " + answer + " | FAIL |\n");
        }
        int secondaries = 0;
        for (JsonNode c : made) {
            Http.Answer next = http.get("verify", stack.url("claim-creation") + "/claims/" + c.path("id").asText() + ".S",
                    p.token("biller"));
            secondaries += next.ok() ? 1 : 0;
        }
        if (secondaries != (chain ? (claims + 1) / 2 : 0)) {
            throw new AssertionError("| " + label + " | " + claims + " | " + secondaries + " secondary claims, expected "
                    + (chain ? (claims + 1) / 2 : 0) + " | FAIL |\n");
        }
        int total = calls.values().stream().mapToInt(Integer::intValue).sum();
        String row = String.format("| %s | %d | %d | %.1f | %,d: %s | %.2f | %.2f | %s |%n", label, claims, secondaries,
                wall, total, calls, app, db, load);
        System.out.print(row);
        return row;
    }

    /** READY claims made through the APIs by 8 clients at once; with {@code chain}, every other one with two payers. */
    private List<JsonNode> readyClaims(Practice p, int count, boolean chain) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i + 1;
                String secondary = chain && i % 2 == 0 ? SECONDARY_PAYER : null;
                futures.add(pool.submit(() -> p.createClaim("setup", p.createEncounter("setup", n, PAYER, secondary))));
            }
            List<JsonNode> out = new ArrayList<>();
            for (Future<JsonNode> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, Integer> minus(Map<String, Integer> after, Map<String, Integer> before) {
        Map<String, Integer> out = new TreeMap<>();
        after.forEach((op, n) -> {
            int d = n - before.getOrDefault(op, 0);
            if (d > 0) {
                out.put(op, d);
            }
        });
        return out;
    }

    private static long cpuNanos(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(0L);
    }
}
