package org.openbilling.codesets.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openbilling.codesets.index.Words;
import org.openbilling.codesets.table.BinaryWriter;
import org.openbilling.codesets.table.TextPool;

/**
 * The search lexicon of {@code icd10cm/search}: abbreviations common in notes and lay terms, each a phrase that a query's
 * words are rewritten to (CHF to "congestive heart failure"), and word synonyms (heart and cardiac), each stem
 * searched for the other. Every row names its source; the files are documented in that folder's README.
 */
final class Lexicon {
    private Lexicon() {
    }

    static void write(BinaryWriter w, Path folder, Map<String, Integer> stemId) throws IOException {
        TreeMap<String, String> phrases = new TreeMap<>();
        for (String file : List.of("abbreviations.csv", "lay-terms.csv")) {
            for (List<String> row : rows(folder.resolve(file))) {
                String key = String.join(" ", Words.tokens(row.get(0)));
                if (key.isEmpty() || row.get(1).isBlank()) {
                    throw new IllegalArgumentException(file + ": empty phrase or meaning in " + row);
                }
                if (phrases.put(key, row.get(1).strip()) != null) {
                    throw new IllegalArgumentException(file + ": " + key + " is listed twice");
                }
            }
        }
        TextPool.write(w, new ArrayList<>(phrases.keySet()));
        TextPool.write(w, new ArrayList<>(phrases.values()));
        List<int[]> pairs = new ArrayList<>();
        for (List<String> row : rows(folder.resolve("synonyms.csv"))) {
            List<Integer> group = new ArrayList<>();
            for (String word : (row.get(0) + " " + row.get(1)).split("\\s+")) {
                Integer id = stemId.get(Words.stem(word.toLowerCase(java.util.Locale.ROOT)));
                if (id != null && !group.contains(id)) {
                    group.add(id);
                }
            }
            for (int a : group) {
                for (int b : group) {
                    if (a != b) {
                        pairs.add(new int[]{a, b});
                    }
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        w.ints(pairs.stream().mapToInt(p -> p[0]).toArray());
        w.ints(pairs.stream().mapToInt(p -> p[1]).toArray());
        System.out.printf("lexicon: %d phrases, %d synonym pairs%n", phrases.size(), pairs.size());
    }

    /** The rows of a lexicon CSV (header skipped), each with at least the two first columns and a source. */
    static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (var r = Files.newBufferedReader(file)) {
            Csv csv = new Csv(r);
            int source = csv.column("source");
            for (List<String> row; (row = csv.next()) != null; ) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() <= source || Csv.get(row, source).isBlank()) {
                    throw new IllegalArgumentException(file.getFileName() + ": a row without its source: " + row);
                }
                out.add(row);
            }
        }
        return out;
    }
}
