package org.openbilling.codesets.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.openbilling.codesets.MedicareCodeEditor;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeMatch;
import org.openbilling.domain.encounter.Parties.Sex;

/**
 * ICD-10-CM search the way a coder looks a code up. The query's words (abbreviations and lay terms rewritten, each
 * reduced to its stem, synonyms added) are matched against every entry's path: a term matches a word when the term,
 * or a term above it, has the word, essential or nonessential. An entry scores the weight of the words its path
 * matches (rarer words weigh more) less a little for each essential word of its path the query does not have, so
 * that the Index's default ("Pneumonia" J18.9) beats its subterms ("Pneumonia, typhoid") unless the words ask for them.
 * "See" and "see also" are followed, and the words the reference did not use choose among the target's subterms
 * ("old heart attack": Attack, heart, see Infarct, myocardium; then "healed or old"). Drug and neoplasm terms take the
 * column the words name (intent: accidental by default, as the guidelines say; behaviour), and a reference such as
 * "see Neoplasm, by site, malignant" names the column. Every code found is judged on the date of service: a code
 * changed since the Index's edition is followed through the conversion table, a code that needs more characters
 * (a trailing "-", or a header in the edition in force) becomes its billable codes valid on the date (the words,
 * an initial encounter and an unspecified site choose first), and a code not valid on the date is never offered.
 * Codes of the newborn and pregnancy chapters rank lower unless the words (or an age of 0) call for them, and codes
 * the Medicare Code Editor gives to another sex or age rank lower when the patient's are given.
 *
 * <p>Thread-safe; the per-query marks live in a thread-local scratch area, so a search allocates little.
 */
public final class CoderSearch {
    private static final float MISSING_WORD = 0.9f;
    /** A main term names the condition: an entry whose main term the words do not name is rarely the one meant. */
    private static final float MAIN_TERM_FACTOR = 0.8f;
    /** Entry flag of a "with" subterm (written by the build's IndexBuilder). */
    private static final int WITH_TERM = 2;
    /** The cost of a "with" subterm on the path of a query that says "without". */
    private static final float CONTRADICTED = 3f;
    /** A word found only among a term's nonessential modifiers is weaker evidence than one in the term itself. */
    private static final float OPTIONAL_MATCH = 0.5f;
    private static final float DEPTH = 0.02f;
    private static final float DEMOTED = 8f;
    private static final int MAX_WORDS = 16;
    private static final int MAX_EXPANSION = 4;
    private static final int EXPANSION_SCAN = 300;
    private static final String[] DRUG_COLUMNS = {"poisoning, accidental (unintentional)", "poisoning, intentional self-harm",
            "poisoning, assault", "poisoning, undetermined", "adverse effect", "underdosing"};
    private static final String[] NEOPLASM_COLUMNS = {"malignant primary", "malignant secondary", "ca in situ", "benign",
            "uncertain behavior", "unspecified behavior"};
    /** Words that choose a column of the drug table (index 0 = column 2). */
    private static final Set<String>[] DRUG_WORDS = stemSets(
            "poisoning poison poisoned accidental accident unintentional overdose toxicity toxic ingestion",
            "poisoning poison poisoned intentional self harm suicide suicidal attempt overdose",
            "poisoning poison poisoned assault homicide homicidal",
            "poisoning poison poisoned undetermined",
            "adverse effect effects reaction side allergic intolerance",
            "underdosing underdose underdosed noncompliance missed insufficient");
    /**
     * Words that choose a column of the neoplasm table (index 0 = column 2). "Cancer" is in the malignant and in situ
     * columns alike, so that the qualifier decides ("metastatic cancer", "cancer in situ"); on a tie the lower column
     * wins (malignant primary before secondary).
     */
    private static final Set<String>[] NEOPLASM_WORDS = stemSets(
            "malignant primary cancer carcinoma malignancy",
            "secondary metastatic metastasis metastases malignant cancer carcinoma",
            "situ carcinoma cancer",
            "benign tumor tumour",
            "uncertain borderline tumor tumour",
            "tumor tumour growth");
    private static final Set<String> PREGNANCY_WORDS = stemSet("pregnancy pregnant gestation gestational obstetric obstetrical maternal"
            + " antepartum postpartum puerperal puerperium labor delivery delivered trimester prenatal antenatal miscarriage abortion"
            + " ectopic childbirth cesarean eclampsia preeclampsia");
    private static final Set<String> NEWBORN_WORDS = stemSet("newborn neonatal neonate perinatal fetal fetus premature prematurity preterm");
    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

    private final AlphabeticIndex ix;
    private final CodeTable icd10;
    private final IntFunction<Code> toCode;
    private final MedicareCodeEditor mce;
    private final int entries;

    public CoderSearch(AlphabeticIndex index, CodeTable icd10, IntFunction<Code> toCode, MedicareCodeEditor mce) {
        this.ix = index;
        this.icd10 = icd10;
        this.toCode = toCode;
        this.mce = mce;
        this.entries = index.size();
    }

    /** Per-thread marks of one query: which query words each entry has, essential and optional. */
    private static final class Scratch {
        final int[] essential;
        final int[] optional;
        int[] touched = new int[4096];
        int count;
        int pathMask;
        int pathEssential;
        float pathMissing;
        int pathDepth;
        Query query;

        Scratch(int size) {
            essential = new int[size];
            optional = new int[size];
        }

        void mark(int e, int bit, boolean isOptional) {
            if (essential[e] == 0 && optional[e] == 0) {
                if (count == touched.length) {
                    touched = java.util.Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = e;
            }
            if (isOptional) {
                optional[e] |= bit;
            } else {
                essential[e] |= bit;
            }
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                essential[touched[i]] = 0;
                optional[touched[i]] = 0;
            }
            count = 0;
        }
    }

    /** One word of the query: its stem (and synonyms' stems) and weight. */
    private record Word(String stem, int[] stems, float weight) {
    }

    /** A query as searched: its words, the rewrites made, and which words name table columns. */
    private static final class Query {
        final List<Word> words = new ArrayList<>();
        final List<String> notes;
        final int[] drugColumns = new int[6];
        final int[] neoplasmColumns = new int[6];
        int all;
        float total;
        boolean pregnancy;
        boolean newborn;
        /** The bit of the word "without", or 0. */
        int without;
        /** Headers already expanded in this search, by key. */
        final Map<Long, int[]> expansions = new java.util.HashMap<>();

        Query(List<String> notes) {
            this.notes = notes;
        }

        float weight(int mask) {
            float w = 0;
            for (int i = 0; i < words.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    w += words.get(i).weight();
                }
            }
            return w;
        }
    }

    /** One scored entry: its score, the words its path matched and the table column chosen (0 for none). */
    private record Hit(int entry, float score, int mask, int column) {
    }

    /** A code found, with the best score any entry gave it. */
    private static final class Found {
        final Code code;
        float score;
        String why;
        String source;
        final int order;

        Found(Code code, float score, String why, String source, int order) {
            this.code = code;
            this.score = score;
            this.why = why;
            this.source = source;
            this.order = order;
        }
    }

    /**
     * Codes valid on {@code day} for the words of {@code text}, best first, at most {@code limit}; {@code age} (years)
     * and {@code sex} are optional.
     */
    public List<CodeMatch> search(String text, int day, int limit, Integer age, Sex sex) {
        Query q = parse(text);
        if (age != null && age == 0 && !q.newborn && !q.words.isEmpty()) {
            // a patient under a year old: the newborn subterms apply as if the note said "newborn", at half weight
            int newborn = ix.stemId(Words.stem("newborn"));
            if (newborn >= 0) {
                addWord(q, "newborn", new int[]{newborn}, true);
            }
        }
        if (q.words.isEmpty() || limit <= 0) {
            return List.of();
        }
        Scratch s = SCRATCH.get();
        if (s == null || s.essential.length != entries) {
            s = new Scratch(entries);
            SCRATCH.set(s);
        }
        s.query = q;
        try {
            mark(q, s);
            List<Hit> hits = score(q, s, Math.max(40, limit * 8));
            return resolve(q, s, hits, day, limit, age, sex);
        } finally {
            s.clear();
        }
    }

    // ------------------------------------------------------------------------------------------ the query

    private Query parse(String text) {
        Lexicon.Rewritten rewritten = ix.lexicon.rewrite(Words.tokens(text));
        Query q = new Query(rewritten.notes());
        List<String> tokens = rewritten.tokens();
        for (String token : tokens) {
            if (Words.isConnector(token) || q.words.size() == MAX_WORDS) {
                continue;
            }
            String stem = Words.stem(token);
            int id = ix.stemId(stem);
            int[] stems;
            if (id >= 0) {
                int[] synonyms = ix.lexicon.synonyms(id);
                stems = new int[synonyms.length + 1];
                stems[0] = id;
                System.arraycopy(synonyms, 0, stems, 1, synonyms.length);
            } else if (token.length() >= 3 && Character.isLetter(token.charAt(0)) && (stems = ix.stemsStartingWith(token, 8)).length > 0) {
                // a word still being typed ("fract", "diab"): the stems it begins, most frequent first
                id = stems[0];
            } else if ((stems = compound(token)) != null) {
                // "preeclampsia" as the Index writes it, "pre-eclampsia": two words
                for (int part : stems) {
                    addWord(q, ix.stems.get(part), new int[]{part}, false);
                }
                continue;
            } else {
                continue;
            }
            addWord(q, stem, stems, false);
        }
        return q;
    }

    /** Two stems of the vocabulary that a word unknown to it is made of ("preeclampsia": pre, eclampsia), or null. */
    private int[] compound(String token) {
        for (int i = 3; i <= token.length() - 3; i++) {
            int a = ix.stemId(Words.stem(token.substring(0, i)));
            int b = a < 0 ? -1 : ix.stemId(Words.stem(token.substring(i)));
            if (a >= 0 && b >= 0) {
                return new int[]{a, b};
            }
        }
        return null;
    }

    /**
     * Adds a word (its stem and the stems it matches) unless the query already has it; an {@code implied} word (from the
     * patient, not the note) weighs half and does not count towards what a result must match.
     */
    private void addWord(Query q, String stem, int[] stems, boolean implied) {
        int id = stems[0];
        if (q.words.size() == MAX_WORDS) {
            return;
        }
        for (Word w : q.words) {
            if (w.stems()[0] == id) {
                return;
            }
        }
        float weight = implied ? ix.idf[id] / 2 : ix.idf[id];
        int bit = 1 << q.words.size();
        q.words.add(new Word(stem, stems, weight));
        q.all |= bit;
        q.total += implied ? 0 : weight;
        for (int c = 0; c < 6; c++) {
            if (DRUG_WORDS[c].contains(stem)) {
                q.drugColumns[c] |= bit;
            }
            if (NEOPLASM_WORDS[c].contains(stem)) {
                q.neoplasmColumns[c] |= bit;
            }
        }
        q.pregnancy |= PREGNANCY_WORDS.contains(stem);
        q.newborn |= NEWBORN_WORDS.contains(stem);
        if (stem.equals("without")) {
            q.without = bit;
        }
    }

    private void mark(Query q, Scratch s) {
        for (int i = 0; i < q.words.size(); i++) {
            int bit = 1 << i;
            for (int stem : q.words.get(i).stems()) {
                for (int p = ix.postStart[stem]; p < ix.postStart[stem + 1]; p++) {
                    int posting = ix.postings[p];
                    s.mark(posting >>> 1, bit, (posting & 1) != 0);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ scoring entries

    private static final int ROOT = EntryKind.ROOT.ordinal();

    /**
     * Matches the words along an entry's path up to (not including) {@code stop} (-1: its root) into the scratch area:
     * the words matched, those matched by an essential word, and the penalty for essential words the query lacks (the
     * main term's, which names the condition, weigh most).
     */
    private void path(Scratch s, int e, int stop) {
        int mask = 0;
        int essentialMask = 0;
        boolean with = false;
        float missing = 0;
        int depth = 0;
        for (int a = e; a >= 0 && a != stop && ix.kind[a] != ROOT; a = ix.parent[a]) {
            mask |= s.essential[a] | s.optional[a];
            essentialMask |= s.essential[a];
            with |= (ix.codeFlags[a] & WITH_TERM) != 0;
            int m = Math.max(0, ix.essentialCount[a] - Integer.bitCount(s.essential[a]));
            if (m > 0) {
                missing += isMainTerm(a) ? missingMainTerm(s, a) : MISSING_WORD * m;
            }
            depth++;
        }
        s.pathMask = mask;
        s.pathEssential = essentialMask;
        // "without complications" is not "with, complication"
        s.pathMissing = missing + (with && s.query.without != 0 && (mask & s.query.without) == 0 ? CONTRADICTED : 0);
        s.pathDepth = depth;
    }

    /** A main term of the Index, the External Cause Index or the drug table (not a title, a Tabular term or the neoplasm table's). */
    private boolean isMainTerm(int a) {
        int kind = ix.kind[a];
        return (kind == INDEX || kind == EXTERNAL || kind == DRUG) && ix.parent[a] >= 0 && ix.kind[ix.parent[a]] == ROOT;
    }

    private static final int INDEX = EntryKind.INDEX.ordinal();
    private static final int EXTERNAL = EntryKind.EXTERNAL_CAUSE.ordinal();
    private static final int DRUG = EntryKind.DRUG.ordinal();

    /**
     * What a main term's words the query lacks cost: as much as the words weigh, since the main term names the
     * condition ("Syphilis, pneumonia" is no answer to "acquired pneumonia"); at least the subterm penalty.
     */
    private float missingMainTerm(Scratch s, int a) {
        float cost = 0;
        for (int w = ix.wordStart[a]; w < ix.wordStart[a + 1]; w++) {
            int stem = ix.words[w];
            if ((stem & AlphabeticIndex.OPTIONAL) != 0 || matched(s.query, s.essential[a], stem)) {
                continue;
            }
            cost += Math.max(MISSING_WORD, MAIN_TERM_FACTOR * ix.idf[stem]);
        }
        return cost;
    }

    /** True when one of the query words in {@code bits} is the stem (or has it as a synonym). */
    private static boolean matched(Query q, int bits, int stem) {
        for (int i = 0; bits != 0; i++, bits >>>= 1) {
            if ((bits & 1) != 0) {
                for (int st : q.words.get(i).stems()) {
                    if (st == stem) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The score of the path last matched: the weight of its words (a word matched only by a nonessential modifier, or
     * by a table column's words, counts half; a column's words count fully) less the penalty for missing words.
     */
    private float score(Query q, Scratch s, EntryKind kind, int columnMask) {
        int strong = s.pathEssential | columnMask;
        int weak = s.pathMask & ~strong;
        return q.weight(strong) + OPTIONAL_MATCH * q.weight(weak) - s.pathMissing - DEPTH * s.pathDepth + bonus(kind);
    }

    /** The Index first among equals, then the tables, the inclusion terms, and titles last. */
    private static float bonus(EntryKind kind) {
        return switch (kind) {
            case INDEX -> 0.3f;
            case NEOPLASM, DRUG -> 0.25f;
            case TABULAR_INCLUSION -> 0.2f;
            case EXTERNAL_CAUSE, TABULAR_INCLUDES -> 0.1f;
            default -> 0f;
        };
    }

    /** The column a drug or neoplasm entry is read in: the one whose words the query has most of, else the default. */
    private int column(Query q, int e, int mask, int preset) {
        long[] cells = ix.cells(e);
        if (cells == null) {
            return 0;
        }
        if (preset >= 2 && cells[preset - 2] >= 0) {
            return preset;
        }
        boolean drug = ix.kind(e) == EntryKind.DRUG;
        int[] words = drug ? q.drugColumns : q.neoplasmColumns;
        int fallback = drug ? 2 : 7;
        int best = cells[fallback - 2] >= 0 ? fallback : 0;
        int bestGain = 0;
        for (int c = 2; c <= 7; c++) {
            int gain = Integer.bitCount(words[c - 2] & ~mask);
            if (cells[c - 2] >= 0 && (gain > bestGain || gain == bestGain && best == 0)) {
                best = c;
                bestGain = gain;
            }
        }
        return best;
    }

    private static boolean anyColumnWord(int[] columns) {
        for (int c : columns) {
            if (c != 0) {
                return true;
            }
        }
        return false;
    }

    private int columnMask(Query q, int e, int column) {
        if (column == 0) {
            return 0;
        }
        return ix.kind(e) == EntryKind.DRUG ? q.drugColumns[column - 2] : q.neoplasmColumns[column - 2];
    }

    /** The best entries, best first: each entry the query's words touched, scored by its whole path. */
    private List<Hit> score(Query q, Scratch s, int keep) {
        float floor = 0.5f * q.total;
        long[] heap = new long[keep];
        int size = 0;
        float[] scores = new float[s.count];
        for (int t = 0; t < s.count; t++) {
            int e = s.touched[t];
            EntryKind kind = ix.kind(e);
            if (ix.parent[e] >= 0 && ix.kind[ix.parent[e]] == ROOT && kind != EntryKind.DRUG && kind != EntryKind.NEOPLASM
                    && q.weight(s.essential[e] | s.optional[e]) < floor) {
                // a title, a Tabular term or a main term: nothing above it adds words, so it cannot reach the floor
                scores[t] = Float.NEGATIVE_INFINITY;
                continue;
            }
            path(s, e, -1);
            int mask = s.pathMask;
            int column = kind == EntryKind.DRUG || kind == EntryKind.NEOPLASM ? column(q, e, mask, 0) : 0;
            float score = score(q, s, kind, columnMask(q, e, column));
            if (kind == EntryKind.DRUG && columnMask(q, e, column) == 0 && !anyColumnWord(q.drugColumns)) {
                // a substance named without poisoning, adverse effect or underdosing: the table is not what was asked
                score -= 1f;
            }
            scores[t] = score;
            if (q.weight(mask | columnMask(q, e, column)) < floor) {
                continue;
            }
            // rank: higher score first; a bounded heap of the worst kept at the top
            long rank = ((long) Float.floatToIntBits(-score + 1000f) << 32) | t;
            if (size < keep) {
                heap[size] = rank;
                siftUp(heap, size++);
            } else if (rank < heap[0]) {
                heap[0] = rank;
                siftDown(heap, size);
            }
        }
        long[] ranks = java.util.Arrays.copyOf(heap, size);
        java.util.Arrays.sort(ranks);
        List<Hit> out = new ArrayList<>(size);
        for (long r : ranks) {
            int t = (int) r;
            int e = s.touched[t];
            path(s, e, -1);
            int mask = s.pathMask;
            int column = ix.kind(e) == EntryKind.DRUG || ix.kind(e) == EntryKind.NEOPLASM ? column(q, e, mask, 0) : 0;
            out.add(new Hit(e, scores[t], mask | columnMask(q, e, column), column));
        }
        return out;
    }

    private static void siftUp(long[] h, int i) {
        while (i > 0 && h[(i - 1) / 2] < h[i]) {
            long t = h[i];
            h[i] = h[(i - 1) / 2];
            h[(i - 1) / 2] = t;
            i = (i - 1) / 2;
        }
    }

    private static void siftDown(long[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && h[l] > h[m]) {
                m = l;
            }
            if (r < size && h[r] > h[m]) {
                m = r;
            }
            if (m == i) {
                return;
            }
            long t = h[i];
            h[i] = h[m];
            h[m] = t;
            i = m;
        }
    }

    // ------------------------------------------------------------------------------------------ entries to codes

    /** The codes of the best entries, judged on the day, each with its reason; demoted where the patient or words say so. */
    private List<CodeMatch> resolve(Query q, Scratch s, List<Hit> hits, int day, int limit, Integer age, Sex sex) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (Hit hit : hits) {
            if (found.size() >= limit * 3) {
                break;
            }
            int e = hit.entry();
            EntryKind kind = ix.kind(e);
            String why = reason(e, hit.column());
            long code = codeOf(e, hit.column());
            int flags = flagsOf(e, hit.column());
            if (code < 0 && ix.see(e) < 0) {
                // a term without a code of its own: its subterm that adds no word of meaning ("Vaccination, encounter for")
                int child = plainChild(e);
                if (child >= 0) {
                    e = child;
                    why = reason(e, 0);
                    code = ix.code[e];
                    flags = ix.codeFlags[e];
                }
            }
            if (code >= 0) {
                emit(q, found, code, flags, day, hit.score(), why, kind);
                long manif = ix.manifestation(e);
                if (manif >= 0) {
                    emit(q, found, manif, 0, day, hit.score() - 0.05f, why + " [manifestation, coded after " + CodeKey.decode(code) + "]", kind);
                }
            } else if (ix.see(e) >= 0) {
                follow(q, s, found, hit, ix.see(e), ix.seeColumn(e), why + " \u2192 see ", day, 0);
            }
            if (ix.seeAlso(e) >= 0) {
                follow(q, s, found, hit, ix.seeAlso(e), ix.seeAlsoColumn(e), why + " \u2192 see also ", day, code >= 0 ? 0.5f : 0f);
            }
        }
        List<Found> list = new ArrayList<>(found.values());
        for (Found f : list) {
            f.score -= demotion(q, f.code.code(), age, sex);
        }
        list.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.order, b.order));
        List<CodeMatch> out = new ArrayList<>(Math.min(limit, list.size()));
        String rewrites = q.notes.isEmpty() ? "" : " (" + String.join("; ", q.notes) + ")";
        // one 7th character per code, the best scored: the others are among the code's 7th characters
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (int i = 0; i < list.size() && out.size() < limit; i++) {
            Found f = list.get(i);
            String code = f.code.code();
            if (code.length() == 8 && !stems.add(code.substring(0, 7))) {
                continue;
            }
            out.add(new CodeMatch(f.code, f.why + rewrites, f.source));
        }
        return out;
    }

    /**
     * A cross-reference from {@code hit} to {@code target}: the words the referring entry did not use choose among the
     * target's subterms; with none left (or none matching), the target itself.
     */
    private void follow(Query q, Scratch s, Map<String, Found> found, Hit hit, int target, int column, String why, int day, float penalty) {
        int rest = q.all & ~hit.mask();
        int best = target;
        float bestScore = hit.score() - penalty;
        int bestColumn = column;
        if (rest != 0 && ix.end[target] - target < 20_000) {
            for (int y = target + 1; y < ix.end[target]; y++) {
                if (((s.essential[y] | s.optional[y]) & rest) == 0) {
                    continue;
                }
                path(s, y, ix.kind[target] == ROOT ? -1 : target);
                int mask = s.pathMask & rest;
                // the column is chosen by all the words, also those the referring term used ("adverse effect")
                int col = ix.kind(y) == EntryKind.DRUG || ix.kind(y) == EntryKind.NEOPLASM ? column(q, y, mask, column) : 0;
                int colMask = columnMask(q, y, col) & ~hit.mask();
                int strong = (s.pathEssential & rest) | colMask;
                float score = hit.score() - penalty + q.weight(strong) + OPTIONAL_MATCH * q.weight(mask & ~strong) - s.pathMissing;
                if (score > bestScore && (codeOf(y, col) >= 0 || ix.see(y) >= 0)) {
                    best = y;
                    bestScore = score;
                    bestColumn = col;
                }
            }
        }
        if (best == target && ix.kind[target] == ROOT) {
            return;
        }
        if (bestColumn == 0 && (ix.kind(best) == EntryKind.NEOPLASM || ix.kind(best) == EntryKind.DRUG)) {
            bestColumn = column(q, best, hit.mask(), 0);
        }
        String reason = why + reason(best, bestColumn);
        long code = codeOf(best, bestColumn);
        if (code >= 0) {
            emit(q, found, code, flagsOf(best, bestColumn), day, bestScore, reason, ix.kind(ix.kind[best] == ROOT ? hit.entry() : best));
        } else if (ix.see(best) >= 0 && best != hit.entry()) {
            Hit next = new Hit(best, bestScore, hit.mask(), bestColumn);
            if (reason.length() < 400) {
                follow(q, s, found, next, ix.see(best), ix.seeColumn(best), reason + " \u2192 see ", day, 0);
            }
        }
    }

    /** The first subterm of {@code e} whose title has only connecting words ("encounter for", "with") and a code; or -1. */
    private int plainChild(int e) {
        for (int c = e + 1; c < ix.end[e]; c = ix.end[c]) {
            if (ix.essentialCount[c] == 0 && ix.wordStart[c + 1] == ix.wordStart[c] && ix.code[c] >= 0) {
                return c;
            }
        }
        return -1;
    }

    private long codeOf(int e, int column) {
        if (column >= 2) {
            long[] cells = ix.cells(e);
            return cells == null ? -1 : cells[column - 2];
        }
        return ix.code[e];
    }

    private int flagsOf(int e, int column) {
        return column >= 2 ? ix.cellFlags(e, column) : ix.codeFlags[e];
    }

    /** Adds the codes valid on the day that an entry's code stands for. */
    private void emit(Query q, Map<String, Found> found, long key, int flags, int day, float score, String why, EntryKind kind) {
        List<int[]> codes = new ArrayList<>(MAX_EXPANSION);
        String note = resolveCode(q, key, (flags & 1) != 0, day, codes, 0);
        String written = CodeKey.decode(key);
        for (int i = 0; i < codes.size(); i++) {
            int entry = codes.get(i)[0];
            Code code = toCode.apply(entry);
            float s = score - 0.01f * i;
            String reason = note.isEmpty() ? why : why + " (" + note.replace("%s", dotted(written)) + ")";
            Found f = found.get(code.code());
            if (f == null) {
                found.put(code.code(), new Found(code, s, reason, kind.label(), found.size()));
            } else if (s > f.score) {
                f.score = s;
                f.why = reason;
                f.source = kind.label();
            }
        }
    }

    /**
     * The table entries valid on the day for a code of the Index or a table: the code itself when it is billable and
     * complete; its billable codes when it needs more characters; its successors (conversion table) when it is no
     * longer valid. Answers a note about the step taken ("" when none).
     */
    private String resolveCode(Query q, long key, boolean incomplete, int day, List<int[]> out, int depth) {
        int e = icd10.find(key, day);
        if (e >= 0 && icd10.billable(e) && !incomplete) {
            out.add(new int[]{e});
            return "";
        }
        if (e >= 0 && !incomplete && depth < 2 && ix.successors(key).length > 0) {
            // a code the Index gives as complete that has been expanded since: the conversion table's new codes
            for (long next : ix.successors(key)) {
                resolveCode(q, next, false, day, out, depth + 1);
            }
            if (!out.isEmpty()) {
                return "%s in the Index's edition, expanded since: conversion table";
            }
        }
        if (e >= 0 || incomplete) {
            expand(q, key, day, out);
            if (!out.isEmpty()) {
                return "";
            }
            if (e >= 0 && icd10.billable(e)) {
                out.add(new int[]{e});
                return "";
            }
        }
        if (depth < 2) {
            for (long next : ix.successors(key)) {
                resolveCode(q, next, false, day, out, depth + 1);
            }
            if (!out.isEmpty()) {
                return "%s in the Index's edition, changed since: conversion table";
            }
        }
        expand(q, key, day, out);
        return out.isEmpty() ? "" : "%s in the Index's edition, expanded since";
    }

    /** The billable codes under {@code key} valid on the day, the likeliest first (at most four); the same header once per search. */
    private void expand(Query q, long key, int day, List<int[]> out) {
        int[] cached = q.expansions.get(key);
        if (cached == null) {
            List<int[]> found = new ArrayList<>(MAX_EXPANSION);
            expandNow(q, key, day, found);
            cached = new int[found.size()];
            for (int i = 0; i < cached.length; i++) {
                cached[i] = found.get(i)[0];
            }
            q.expansions.put(key, cached);
        }
        for (int entry : cached) {
            if (out.size() < MAX_EXPANSION) {
                out.add(new int[]{entry});
            }
        }
    }

    private void expandNow(Query q, long key, int day, List<int[]> out) {
        int length = CodeKey.length(key);
        long end = CodeKey.prefixEnd(key, length);
        List<long[]> candidates = new ArrayList<>();
        int scanned = 0;
        for (int i = icd10.lowerBound(key); i < icd10.size() && icd10.key(i) < end && scanned < EXPANSION_SCAN; i++, scanned++) {
            if (icd10.key(i) != key && icd10.billable(i) && icd10.inForce(i, day)) {
                candidates.add(new long[]{rank(q, i), i});
            }
        }
        candidates.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        // one 7th character per code (the likeliest): the others are the code's 7th characters, shown with its notes
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (int i = 0; i < candidates.size() && out.size() < MAX_EXPANSION; i++) {
            int entry = (int) candidates.get(i)[1];
            String code = icd10.code(entry);
            if (code.length() == 7 && !stems.add(code.substring(0, 6))) {
                continue;
            }
            out.add(new int[]{entry});
        }
    }

    /**
     * Order among the codes under a header, lower first: more of the query's words in the title, then an initial
     * encounter (7th character A, then D, then S), then an unspecified site or no complication, then the shorter code.
     */
    private long rank(Query q, int entry) {
        String title = icd10.title(entry).toLowerCase(Locale.ROOT);
        int overlap = 0;
        for (Word w : q.words) {
            if (title.contains(w.stem())) {
                overlap++;
            }
        }
        String code = icd10.code(entry);
        int seventh = code.length() == 7 ? switch (code.charAt(6)) {
            case 'A' -> 0;
            case 'D' -> 1;
            case 'S' -> 2;
            default -> 3;
        } : 0;
        // the default among siblings: "unspecified" (the more often the more default), "without complication", a last 9
        int defaults = occurrences(title, "unspecified") + 2 * occurrences(title, "without complication") + 2 * occurrences(title, "uncomplicated")
                + (code.charAt(code.length() == 7 ? 5 : code.length() - 1) == '9' ? 1 : 0);
        return (long) (MAX_WORDS - overlap) << 24 | (long) seventh << 16 | (long) (15 - Math.min(15, defaults)) << 8 | code.length();
    }

    /** How often {@code word} occurs in a lower-case text. */
    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** How much lower a code ranks for who the patient is and what the words say. */
    private float demotion(Query q, String dotted, Integer age, Sex sex) {
        char chapter = dotted.charAt(0);
        float d = 0;
        boolean perinatal = chapter == 'P' || dotted.startsWith("Z38");
        boolean pregnancy = chapter == 'O' || dotted.startsWith("Z3A") || dotted.startsWith("Z33") || dotted.startsWith("Z34")
                || dotted.startsWith("Z36") || dotted.startsWith("Z37") || dotted.startsWith("Z39");
        if (perinatal && !q.newborn && (age == null || age != 0)) {
            d += DEMOTED;
        }
        if (pregnancy && !q.pregnancy) {
            d += DEMOTED;
        }
        if (mce != null && (age != null || sex != null)) {
            for (MedicareCodeEditor.Conflict c : mce.conflicts(dotted, sex, age == null ? -1 : age, false)) {
                d += c.rule().kind() == MedicareCodeEditor.Kind.SEX ? DEMOTED + 2 : DEMOTED;
            }
        }
        return d;
    }

    // ------------------------------------------------------------------------------------------ reasons

    /** Why an entry matched, as a coder reads it: the Index path, or the table and column, or the Tabular's term. */
    private String reason(int e, int column) {
        EntryKind kind = ix.kind(e);
        if (kind == EntryKind.TITLE) {
            return "Tabular List: " + icd10Title(ix.code[e]);
        }
        if (kind == EntryKind.TABULAR_INCLUSION || kind == EntryKind.TABULAR_INCLUDES) {
            return (kind == EntryKind.TABULAR_INCLUSION ? "Tabular List, inclusion term of " : "Tabular List, included in ")
                    + dotted(CodeKey.decode(ix.code[e])) + ": " + ix.title(e);
        }
        StringBuilder path = new StringBuilder();
        for (int a = e; a >= 0 && ix.kind[a] != ROOT; a = ix.parent[a]) {
            String title = ix.title(a);
            if (kind == EntryKind.NEOPLASM && ix.kind[ix.parent[a]] == ROOT) {
                continue;
            }
            path.insert(0, path.length() == 0 ? title : title + ", ");
        }
        return switch (kind) {
            case DRUG -> "Table of Drugs and Chemicals: " + path + (column >= 2 ? ", " + DRUG_COLUMNS[column - 2] : "");
            case NEOPLASM -> "Table of Neoplasms: " + path + (column >= 2 ? ", " + NEOPLASM_COLUMNS[column - 2] : "");
            case EXTERNAL_CAUSE -> "External Cause Index: " + path;
            case ROOT -> ix.title(e);
            default -> path.toString();
        };
    }

    private String icd10Title(long key) {
        int e = icd10.nearest(key, Integer.MAX_VALUE);
        return e < 0 ? dotted(CodeKey.decode(key)) : icd10.title(e);
    }

    private static String dotted(String bare) {
        return bare.length() > 3 ? bare.substring(0, 3) + "." + bare.substring(3) : bare;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] stemSets(String... lists) {
        Set<String>[] out = new Set[lists.length];
        for (int i = 0; i < lists.length; i++) {
            out[i] = stemSet(lists[i]);
        }
        return out;
    }

    private static Set<String> stemSet(String words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words.toLowerCase(Locale.ROOT).split(" ")) {
            out.add(Words.stem(w));
        }
        return Set.copyOf(out);
    }
}
