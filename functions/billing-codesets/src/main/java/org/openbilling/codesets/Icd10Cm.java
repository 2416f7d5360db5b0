package org.openbilling.codesets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.CharacterMask;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.codesets.tabular.TabularList;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.codes.SeventhCharacter;

/**
 * ICD-10-CM by edition: a code is judged by the edition in force on the date of service. Before the first edition
 * held the code cannot be confirmed ({@code edition-not-held}); after the newest edition's year the newest judges,
 * with an {@code edition-stale} warning; before 2015-10-01 the {@link Crosswalk} answers.
 */
final class Icd10Cm implements CodeSystemTable {
    private static final int CHILDREN_LIMIT = 15;
    private static final int SUGGESTION_LIMIT = 10;

    private final Icd10Editions editions;
    /** The characters each position takes in some edition held ({@link CharacterMask}). */
    private final long[] positions;
    private final CodeTable table;
    private final Crosswalk crosswalk;
    private final TabularList tabular;

    Icd10Cm(Data data, Crosswalk crosswalk, TabularList tabular) {
        this.editions = data.editions();
        this.positions = data.positions();
        this.table = data.table();
        this.crosswalk = crosswalk;
        this.tabular = tabular;
    }

    /** The editions, position masks and the table as written by the generator ({@code icd10cm.bin}). */
    record Data(Icd10Editions editions, long[] positions, CodeTable table) {
        static Data read(BinaryReader in) {
            in.expect("icd10cm", 2);
            Icd10Editions editions = Icd10Editions.read(in);
            long[] positions = in.longs();
            return new Data(editions, positions, CodeTable.read(in));
        }
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.ICD10CM;
    }

    Icd10Editions editions() {
        return editions;
    }

    CodeTable table() {
        return table;
    }

    /** A code of the table as {@link Code}. */
    static Code code(CodeTable t, int e) {
        return new Code(CodeSystem.ICD10CM, dotted(t.code(e)), t.title(e), t.billable(e), TableSearch.fromDate(t, e), TableSearch.toDate(t, e));
    }

    Code code(int e) {
        return code(table, e);
    }

    /** A stored (dotless) code with its dot after the category. */
    static String dotted(String bare) {
        return bare.length() > 3 ? bare.substring(0, 3) + "." + bare.substring(3) : bare;
    }

    @Override
    public Verdict judge(String input, int day) {
        Normalized n = CodeFormats.icd10cm(input);
        if (!n.ok()) {
            return malformed(input, n.dotted(), n.problem(), day);
        }
        int mismatch = mismatch(n.dotted());
        if (mismatch >= 0) {
            char c = n.bare().charAt(mismatch);
            String allowed = CharacterMask.allowed(positions, mismatch);
            return malformed(input, n.dotted(), "no ICD-10-CM code held has " + LookAlikes.name(c) + " in position " + (mismatch + 1)
                    + " (" + describe(allowed) + " there)", day);
        }
        if (day < Crosswalk.ICD10_START_DAY) {
            return crosswalk.icd10BeforeStart(input, n, day);
        }
        int ei = editions.indexOn(day);
        if (ei < 0) {
            int e = table.nearest(n.key(), editions.firstDay());
            return Verdict.of(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), false, false, e < 0 ? "" : table.title(e),
                    editions.oldest().name(), List.of(CodeIssue.error("edition-not-held", "no ICD-10-CM edition for " + TableSearch.date(day)
                    + " is held (held: " + editions.describe() + "); the code cannot be confirmed")), List.of()));
        }
        Edition edition = editions.get(ei);
        // The happy path allocates no issue list: validation runs millions of times a second.
        List<CodeIssue> issues = List.of();
        boolean stale = day > editions.staleAfterDay();
        if (stale) {
            issues = new ArrayList<>(2);
            issues.add(CodeIssue.warning("edition-stale", "no ICD-10-CM edition after " + edition.name() + " is held; " + TableSearch.date(day)
                    + " is judged by " + edition.name() + ", which was current until " + edition.staleAfter()));
        }
        int e = table.find(n.key(), day);
        if (e >= 0) {
            if (table.billable(e)) {
                return Verdict.of(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), true, true, table.title(e), edition.name(),
                        issues, List.of()), table, e);
            }
            issues = new ArrayList<>(issues);
            List<Code> completed = new ArrayList<>();
            CodeIssue seventh = seventhCharacterMissing(n, day, completed);
            if (seventh != null) {
                issues.add(0, seventh);
                return Verdict.of(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), true, false, table.title(e), edition.name(),
                        issues, completed), table, e);
            }
            issues.add(0, CodeIssue.error("code-not-billable", n.dotted() + " is a header in " + edition.name()
                    + "; report one of its more specific codes"));
            return Verdict.of(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), true, false, table.title(e), edition.name(),
                    issues, TableSearch.billableChildren(table, n.key(), n.length(), day, CHILDREN_LIMIT, this::code)), table, e);
        }
        int other = table.nearest(n.key(), day);
        List<Code> suggestions;
        String message;
        if (other >= 0 && table.to(other) < day) {
            int deletedOn = table.to(other) + 1;
            message = n.dotted() + " was deleted from ICD-10-CM in " + editions.named(deletedOn) + " (effective " + TableSearch.date(deletedOn)
                    + "); not valid in " + edition.name();
            suggestions = related(n, table.title(other), day, e2 -> table.from(e2) == deletedOn && !hasEntryEndingOn(table.key(e2), deletedOn - 1));
        } else if (other >= 0) {
            int addedOn = table.from(other);
            message = n.dotted() + " is added to ICD-10-CM in " + editions.named(addedOn) + " (effective " + TableSearch.date(addedOn)
                    + "); not valid in " + edition.name();
            suggestions = related(n, table.title(other), day, e2 -> table.to(e2) == addedOn - 1 && !hasEntryStartingOn(table.key(e2), addedOn));
        } else {
            message = "no ICD-10-CM edition held knows " + n.dotted() + ": it is not a code in " + editions.names()
                    + (stale ? "; a code added after " + edition.name() + " (current until " + edition.staleAfter() + ") is not known yet" : "");
            suggestions = related(n, "", day, e2 -> false);
        }
        // the error first: it is the reason the code is not valid; a staleness warning only qualifies it
        issues = new ArrayList<>(issues);
        issues.add(0, CodeIssue.error("code-not-in-edition", message));
        return Verdict.of(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), false, false, other >= 0 ? table.title(other) : "",
                edition.name(), issues, suggestions));
    }

    /**
     * A header that lacks only its 7th character (with X placeholders where the code is shorter than six): the
     * Tabular's 7th-character instruction as an error, with the completed codes valid on the day as suggestions;
     * null when the code needs more than that (or its category defines no 7th characters).
     */
    private CodeIssue seventhCharacterMissing(Normalized n, int day, List<Code> completed) {
        String bare = n.bare();
        if (tabular == null || bare.length() < 3 || bare.length() >= 7) {
            return null;
        }
        int level = tabular.seventhCharacterLevel(bare);
        if (level < 0) {
            return null;
        }
        String stem = bare + "X".repeat(6 - bare.length());
        StringBuilder meanings = new StringBuilder();
        for (SeventhCharacter c : tabular.seventhCharacters(level)) {
            int e = table.find(CodeKey.encode(stem + c.character()), day);
            if (e >= 0) {
                completed.add(code(e));
                meanings.append(meanings.length() == 0 ? "" : "; ").append(c.character()).append(' ').append(c.meaning());
            }
        }
        if (completed.isEmpty()) {
            return null;
        }
        return CodeIssue.error("seventh-character-missing", n.dotted() + " needs a 7th character" + (stem.equals(bare) ? "" : " (with placeholder X)")
                + ": \"" + tabular.seventhCharacterNote(level) + "\" (" + tabular.levelName(level) + ", " + tabular.edition() + "): " + meanings);
    }

    /** Position (0-based, dot skipped) of the first character no code held has there, or -1; allocates nothing. */
    private int mismatch(String dotted) {
        int p = 0;
        for (int i = 0; i < dotted.length(); i++) {
            char c = dotted.charAt(i);
            if (c == '.') {
                continue;
            }
            if (!CharacterMask.allows(positions, p, c)) {
                return p;
            }
            p++;
        }
        return -1;
    }

    /**
     * A format error, with the codes valid on the day that the input probably meant (look-alike characters where a
     * character cannot be: E1O.9 for E10.9, 110 for I10).
     */
    private Verdict malformed(String input, String cleaned, String problem, int day) {
        List<Code> suggestions = new ArrayList<>(2);
        String bare = cleaned.indexOf('.') == 3 ? cleaned.substring(0, 3) + cleaned.substring(4) : cleaned;
        if (bare.length() >= 3 && CodeKey.encode(bare) >= 0) {
            for (String candidate : LookAlikes.repairs(bare, positions)) {
                int e = table.find(CodeKey.encode(candidate), day);
                if (e >= 0 && suggestions.size() < SUGGESTION_LIMIT) {
                    suggestions.add(code(e));
                }
            }
        }
        if (!suggestions.isEmpty()) {
            problem = problem + "; did you mean " + suggestions.get(0).code() + "?";
        }
        return Verdict.of(new CodeValidation(CodeSystem.ICD10CM, input, cleaned, false, false, "", editions.onOrOldest(day).name(),
                List.of(CodeIssue.error("icd10cm-format", problem)), suggestions));
    }

    /** "a digit or A, B" for the characters a position takes. */
    static String describe(String allowed) {
        boolean digits = allowed.indexOf('0') >= 0;
        String letters = allowed.replaceAll("[0-9]", "");
        String list = String.join(", ", letters.split(""));
        if (letters.isEmpty()) {
            return "only digits";
        }
        return (digits ? "a digit or " : "") + (letters.length() > 12 ? "a letter" : list);
    }

    private boolean hasEntryEndingOn(long key, int day) {
        for (int i = table.lowerBound(key); i < table.size() && table.key(i) == key; i++) {
            if (table.to(i) == day) {
                return true;
            }
        }
        return false;
    }

    private boolean hasEntryStartingOn(long key, int day) {
        for (int i = table.lowerBound(key); i < table.size() && table.key(i) == key; i++) {
            if (table.from(i) == day) {
                return true;
            }
        }
        return false;
    }

    /**
     * Suggestions for an ICD-10-CM code not in force: the code with its missing X placeholders; successors (or
     * predecessors) in the same category, most alike first; else the billable codes under its nearest ancestor.
     */
    private List<Code> related(Normalized n, String title, int day, IntPredicate changedAlongside) {
        Set<Code> out = new LinkedHashSet<>();
        String bare = n.bare();
        char last = bare.charAt(bare.length() - 1);
        if (bare.length() >= 4 && bare.length() < 7 && Character.isLetter(last)) {
            String padded = bare.substring(0, bare.length() - 1) + "X".repeat(7 - bare.length()) + last;
            int p = table.find(CodeKey.encode(padded), day);
            if (p >= 0) {
                out.add(code(p));
            }
        }
        long category = CodeKey.encode(bare.substring(0, 3));
        long end = CodeKey.prefixEnd(category, 3);
        List<int[]> scored = new ArrayList<>();
        List<String> titleWords = CodeTable.tokenize(title);
        for (int i = table.lowerBound(category); i < table.size() && table.key(i) < end; i++) {
            if (table.billable(i) && table.inForce(i, day) && changedAlongside.test(i)) {
                scored.add(new int[]{similarity(bare, table.code(i), titleWords, table.title(i)), i});
            }
        }
        scored.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        for (int k = 0; k < scored.size() && out.size() < SUGGESTION_LIMIT; k++) {
            out.add(code(scored.get(k)[1]));
        }
        for (int len = bare.length() - 1; out.isEmpty() && len >= 3; len--) {
            long ancestor = CodeKey.encode(bare.substring(0, len));
            int a = table.find(ancestor, day);
            if (a >= 0) {
                if (table.billable(a)) {
                    out.add(code(a));
                } else {
                    out.addAll(TableSearch.billableChildren(table, ancestor, len, day, SUGGESTION_LIMIT, this::code));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Likeness of two codes: characters equal at the same position, then shared title words. */
    private static int similarity(String a, String b, List<String> aWords, String bTitle) {
        int same = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) == b.charAt(i)) {
                same++;
            }
        }
        int shared = 0;
        for (String w : CodeTable.tokenize(bTitle)) {
            if (aWords.contains(w)) {
                shared++;
            }
        }
        return same * 100 + shared;
    }

    @Override
    public List<Code> search(String text, int day, int limit) {
        if (day < editions.firstDay()) {
            return List.of();
        }
        return TableSearch.search(table, text, day, limit, CodeFormats.icd10cm(TableSearch.prefixOnly(text, 1)), this::code);
    }
}
