package org.openbilling.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The reliability and performance suite against the local stack, run on demand:
 * {@code infrastructure/bench/reliability.sh [--phases load,overhead,races,faults,posting,clearinghouse,coldstart] [--seconds 60]
 * [--clients 20] [--claims 1000] [--posting-warmup 300] [--overhead-warmup 6000] [--overhead-rounds 1000]}. It starts its own stack on free ports with a fresh data folder, runs the phases, and
 * writes their results into BENCHMARKS.md (between the reliability markers), with the machine it ran on.
 */
public final class Main {
    static final String START = "<!-- reliability:start -->";
    static final String END = "<!-- reliability:end -->";

    public static void main(String[] args) throws Exception {
        Set<String> phases = Set.of(arg(args, "--phases", "load,overhead,races,faults,posting,clearinghouse,coldstart").split(","));
        int seconds = Integer.parseInt(arg(args, "--seconds", "60"));
        int clients = Integer.parseInt(arg(args, "--clients", "20"));
        int claims = Integer.parseInt(arg(args, "--claims", "1000"));
        int overheadRounds = Integer.parseInt(arg(args, "--overhead-rounds", "1000"));
        int overheadWarmUp = Integer.parseInt(arg(args, "--overhead-warmup", "6000"));
        Path root = Path.of(arg(args, "--root", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("billing-reliability-");
        List<String> sections = new ArrayList<>();
        boolean failed = false;
        Stats stats = new Stats();
        Http http = new Http(stats);
        System.out.println("data and logs: " + data);
        try (LocalStack stack = new LocalStack(root, data, List.of("-Xmx512m"))) {
            stack.start();
            String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            if (phases.contains("load")) {
                Practice p = new Practice("load-" + run, stack, http);
                p.configure();
                String table = new LoadPhase(p, stats).run(seconds, clients, 200);
                System.out.println(table);
                sections.add("### Load\n\n" + table);
                if (stats.totalErrors() > 0) {
                    failed = true;
                    sections.add("Errors (must be 0): " + stats.errorSamples() + "\n");
                }
            }
            if (phases.contains("overhead")) {
                Practice p = new Practice("overhead-" + run, stack, http);
                OverheadPhase overhead = new OverheadPhase(p, overheadWarmUp);
                String table = overhead.run(overheadRounds);
                System.out.println(table);
                sections.add("### Gateway overhead for a mutation\n\nThe same status move (DENIED ↔ APPEALED), one at a"
                        + " time, alternating between the function and the gateway (goal: ≤ 5 ms at p50), rotating over "
                        + OverheadPhase.CLAIMS + " claims so that each claim's history stays as short as a real one's;"
                        + " " + overhead.warmUp + " unrecorded rounds on other claims first, so that the JIT has compiled the hot"
                        + " paths, as in a gateway that has been answering for a while. The gateway passes"
                        + " the token on, calls the function over HTTP and answers from the function's JSON (no DynamoDB"
                        + " call of its own). The CPU columns are the JVMs' CPU time (from /proc) summed over each kind of"
                        + " request: unlike the wall clock, they do not grow with the machine's load.\n\n" + table);
            }
            StringBuilder verdicts = new StringBuilder();
            if (phases.contains("races")) {
                Practice p = new Practice("races-" + run, stack, http);
                p.configure();
                try {
                    verdicts.append(new RacePhase(p).run());
                } catch (AssertionError e) {
                    failed = true;
                    verdicts.append(e.getMessage()).append('\n');
                }
            }
            if (phases.contains("faults")) {
                Practice crashed = new Practice("crashed-" + run, stack, http);
                Practice clean = new Practice("clean-" + run, stack, http);
                crashed.configure();
                clean.configure();
                FaultPhase faults = new FaultPhase(stack, crashed, clean);
                try {
                    if (verdicts.length() == 0) {
                        verdicts.append("| check | result | verdict |\n|---|---|---|\n");
                    }
                    verdicts.append(faults.crashDuringPosting(claims));
                    verdicts.append(faults.dynamoRestart());
                } catch (AssertionError e) {
                    failed = true;
                    verdicts.append(e.getMessage());
                }
                sections.add(String.format("### 835 posting%n%nOne 835 of %d claims posted in %.1f s (goal: ≤ 10 s), measured"
                        + " on the clean run of the fault phase.%n", claims, faults.cleanPostingSeconds));
            }
            if (phases.contains("posting")) {
                PostingPhase posting = new PostingPhase(stack, http, run);
                String table;
                try {
                    table = posting.run(claims, Integer.parseInt(arg(args, "--posting-warmup", "300")));
                } catch (AssertionError e) {
                    failed = true;
                    table = e.getMessage();
                }
                System.out.println(table);
                sections.add("### 835 posting with a chain of payers\n\nOne 835 of " + claims + " claims posted over HTTP"
                        + " to claim-status (goal: ≤ 10 s with half the claims carrying a secondary coverage, whose"
                        + " posting makes the secondary claim), after an untimed chain round that lets the JIT compile the"
                        + " posting's paths; the plain 835 in the same run for comparison. The DynamoDB calls are"
                        + " dynalite's own count while the posting ran; the CPU times are the processes' (from /proc).\n\n"
                        + table);
            }
            if (phases.contains("clearinghouse")) {
                Practice p = new Practice("clearinghouse-" + run, stack, http);
                p.configure();
                String row;
                try {
                    row = new ClearinghousePhase(stack, p, http).run(
                            Integer.parseInt(arg(args, "--clearinghouse-files", "200")), 10);
                } catch (AssertionError e) {
                    failed = true;
                    row = e.getMessage();
                }
                System.out.println(row);
                sections.add("### Clearinghouse\n\nA practice connected to an SFTP mailbox (the embedded MINA server)"
                        + " sends its claims in batches of 10 while one 277CA per claim is dropped into the mailbox;"
                        + " claim-status's timer runs every 2 s and is killed (SIGKILL) and restarted half-way.\n\n"
                        + "| check | result | verdict |\n|---|---|---|\n" + row);
            }
            if (verdicts.length() > 0) {
                System.out.println(verdicts);
                sections.add("### Races and faults\n\n" + verdicts);
            }
        }
        if (phases.contains("coldstart")) {
            String table = LocalStack.run(List.of(root.resolve("infrastructure/bench/coldstart.sh").toString(), "5"));
            System.out.println(table);
            sections.add("### Cold start\n\nJVM start to first real answer, median of 5, with the JVM's CPU time to it and"
                    + " the heap used after it; each app alone against dynalite with the Lambda runtime's JVM flags,"
                    + " tables created before timing, rounds interleaved (`infrastructure/bench/coldstart.sh`).\n\n"
                    + table.strip() + "\n");
        }
        // --benchmarks: another file, for a run of another checkout's build (its own BENCHMARKS.md left as it is)
        write(Path.of(arg(args, "--benchmarks", root.resolve("BENCHMARKS.md").toString())), sections);
        if (failed) {
            System.err.println("the reliability suite FAILED; see BENCHMARKS.md and the logs in " + data);
            System.exit(1);
        }
    }

    /**
     * Writes the suite's section of BENCHMARKS.md: each subsection run now ("### title") replaces the one of the same
     * title and carries its own date; subsections of phases not run this time are kept as they are. Notes written by
     * hand belong after the end marker, which no run touches.
     */
    static void write(Path file, List<String> sections) throws Exception {
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB max heap for the suite, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        String stamp = "Run " + Instant.now() + " on " + machine + "; the stack (dynalite and four JVMs) ran on the same"
                + " machine as the load.";
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        int s = text.indexOf(START);
        int e = text.indexOf(END);
        java.util.LinkedHashMap<String, String> subsections = new java.util.LinkedHashMap<>();
        if (s >= 0 && e > s) {
            String old = text.substring(s + START.length(), e);
            int first = old.indexOf("\n### ");
            if (first >= 0) {
                for (String part : old.substring(first + 1).split("(?m)^(?=### )")) {
                    subsections.put(part.lines().findFirst().orElse("").strip(), part.stripTrailing() + "\n");
                }
            }
        }
        for (String section : sections) {
            String title = section.lines().findFirst().orElse("").strip();
            String rest = section.substring(section.indexOf('\n') + 1).stripLeading();
            subsections.put(title, title + "\n\n" + stamp + "\n\n" + rest.stripTrailing() + "\n");
        }
        String body = START + "\n## Reliability suite (`infrastructure/bench/reliability.sh`)\n\n"
                + String.join("\n", subsections.values()) + END;
        text = s >= 0 && e > s ? text.substring(0, s) + body + text.substring(e + END.length()) : text + "\n" + body + "\n";
        Files.writeString(file, text);
    }

    static String arg(String[] args, String name, String fallback) {
        int i = Arrays.asList(args).indexOf(name);
        return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
    }
}
