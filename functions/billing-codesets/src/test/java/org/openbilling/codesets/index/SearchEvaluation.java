package org.openbilling.codesets.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.codes.CodeMatch;
import org.openbilling.domain.codes.CodeSearch;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.encounter.Parties.Sex;

/**
 * The search evaluation set ({@code search-evaluation.csv}: phrases as notes word them, each with the codes a coder
 * would accept, from the ICD-10-CM guidelines' topics and common diagnoses) and its measure: the share of phrases
 * with an acceptable code among the first three results. Acceptable codes are exact ({@code I21.9}) or a prefix
 * ({@code S52.5*}: any billable code under it). Used by {@code SearchEvaluationTest} and runnable on its own
 * ({@code main}) to list every miss.
 */
public final class SearchEvaluation {
    /** The date of service the set is judged on (the newest edition held, ICD-10-CM FY2027). */
    public static final LocalDate ON = LocalDate.of(2026, 11, 10);
    public static final int TOP = 3;

    /** One phrase of the set. */
    public record Case(String phrase, List<String> acceptable, Integer age, Sex sex, String source) {
        boolean accepts(String code) {
            for (String a : acceptable) {
                if (a.endsWith("*") ? code.startsWith(a.substring(0, a.length() - 1)) : code.equals(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One phrase's outcome: its first results and whether an acceptable code is among the first three. */
    public record Outcome(Case test, List<CodeMatch> results, boolean hit) {
    }

    private SearchEvaluation() {
    }

    /** The evaluation set. */
    public static List<Case> cases() {
        return cases("search-evaluation.csv");
    }

    /** A set of phrases from a CSV next to this class ({@code search-evaluation.csv}, {@code search-heldout.csv}). */
    public static List<Case> cases(String file) {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SearchEvaluation.class.getResourceAsStream(file), file), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 5);
                out.add(new Case(f[0].strip(), List.of(f[1].strip().split("\\s+")), f[2].isBlank() ? null : Integer.valueOf(f[2].strip()),
                        f[3].isBlank() ? null : Sex.valueOf(f[3].strip()), f[4].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<Outcome> run(CodeSetTables codes, List<Case> cases) {
        List<Outcome> out = new ArrayList<>(cases.size());
        for (Case c : cases) {
            List<CodeMatch> results = codes.find(new CodeSearch(CodeSystem.ICD10CM, c.phrase(), ON, 10, c.age(), c.sex()));
            boolean hit = false;
            for (int i = 0; i < Math.min(TOP, results.size()); i++) {
                hit |= c.accepts(results.get(i).code().code());
            }
            out.add(new Outcome(c, results, hit));
        }
        return out;
    }

    public static double hitRate(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::hit).count() / (double) outcomes.size();
    }

    /** Prints every miss with its first results, then the hit rate. */
    public static void main(String[] args) {
        CodeSetTables codes = CodeSetTables.load();
        List<Outcome> outcomes = run(codes, cases(args.length > 0 ? args[0] : "search-evaluation.csv"));
        for (Outcome o : outcomes) {
            if (!o.hit() || args.length > 1) {
                System.out.printf("%s %s (want %s)%n", o.hit() ? "HIT " : "MISS", o.test().phrase(), String.join(" ", o.test().acceptable()));
                for (int i = 0; i < Math.min(5, o.results().size()); i++) {
                    CodeMatch m = o.results().get(i);
                    System.out.printf("       %-9s %s  <= %s%n", m.code().code(), m.code().display(), m.matchedBy());
                }
            }
        }
        System.out.printf("top-%d hit rate: %d of %d = %.1f%%%n", TOP, outcomes.stream().filter(Outcome::hit).count(), outcomes.size(),
                100 * hitRate(outcomes));
    }
}
