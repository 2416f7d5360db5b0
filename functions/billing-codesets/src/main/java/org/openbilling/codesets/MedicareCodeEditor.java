package org.openbilling.codesets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.BinaryWriter;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.domain.encounter.Parties.Sex;

/**
 * Medicare Code Editor lists: diagnoses that conflict with the patient's age or sex, and manifestation codes that
 * may not be the principal diagnosis. Age ranges come from the edition's rule names ("Maternity (Ages 9-64)").
 */
public final class MedicareCodeEditor {
    /** What a rule checks. */
    public enum Kind { AGE, SEX, MANIFESTATION, OTHER }

    /** One MCE rule; for AGE the inclusive age range in years, for SEX the only sex allowed. */
    public record Rule(String name, Kind kind, int minAge, int maxAge, Sex sex) {
        /** Stable kebab-case id, e.g. {@code mce-maternity}, {@code mce-female-only}. */
        public String id() {
            String head = name.replaceAll("\\(.*\\)", "").strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            return "mce-" + head.replaceAll("^-|-$", "");
        }
    }

    /** A conflict between a diagnosis and the patient. */
    public record Conflict(String diagnosis, Rule rule, String message, Edition edition) {
    }

    private static final String MAGIC = "mce";

    private final Edition edition;
    private final Rule[] rules;
    private final long[] keys;
    private final byte[] ruleOf;

    private MedicareCodeEditor(BinaryReader in) {
        in.expect(MAGIC, 1);
        edition = Edition.read(in);
        String[] names = in.strings();
        rules = new Rule[names.length];
        for (int i = 0; i < names.length; i++) {
            rules[i] = parseRule(names[i]);
        }
        keys = in.longs();
        ruleOf = in.bytes();
    }

    static MedicareCodeEditor read(BinaryReader in) {
        return new MedicareCodeEditor(in);
    }

    /** The MCE edition the lists come from. */
    public Edition edition() {
        return edition;
    }

    /** Rules listing a diagnosis (dotted or not). */
    public List<Rule> rules(String diagnosis) {
        long key = key(diagnosis);
        List<Rule> out = new ArrayList<>(2);
        if (key < 0) {
            return out;
        }
        int i = java.util.Arrays.binarySearch(keys, key);
        if (i < 0) {
            return out;
        }
        while (i > 0 && keys[i - 1] == key) {
            i--;
        }
        for (; i < keys.length && keys[i] == key; i++) {
            out.add(rules[ruleOf[i]]);
        }
        return out;
    }

    /**
     * Conflicts of a diagnosis with a patient's sex and age in years (an unknown sex, {@code U} or null, never
     * conflicts on sex; a negative age skips age rules). Manifestation codes conflict only when {@code principal}.
     */
    public List<Conflict> conflicts(String diagnosis, Sex sex, int ageYears, boolean principal) {
        List<Conflict> out = new ArrayList<>(1);
        for (Rule r : rules(diagnosis)) {
            String message = switch (r.kind()) {
                case AGE -> ageYears >= 0 && (ageYears < r.minAge() || ageYears > r.maxAge())
                        ? "diagnosis " + diagnosis + " is for ages " + r.minAge() + "-" + r.maxAge() + " (" + r.name() + "); patient is " + ageYears : null;
                case SEX -> sex != null && sex != Sex.U && r.sex() != null && sex != r.sex()
                        ? "diagnosis " + diagnosis + " is " + r.name().toLowerCase(Locale.ROOT) + "; patient sex is " + sex : null;
                case MANIFESTATION -> principal ? "diagnosis " + diagnosis + " is a manifestation code and may not be the principal diagnosis" : null;
                case OTHER -> null;
            };
            if (message != null) {
                out.add(new Conflict(diagnosis, r, message + " (" + edition.name() + ")", edition));
            }
        }
        return out;
    }

    /** Writes the lists (build time): rule names and, per dotless diagnosis, the indexes of its rules. */
    public static void write(BinaryWriter out, Edition edition, List<String> ruleNames, Map<String, List<Integer>> rulesByCode) throws IOException {
        out.magic(MAGIC, 1);
        edition.write(out);
        out.strings(ruleNames);
        List<long[]> rows = new ArrayList<>();
        rulesByCode.forEach((code, idx) -> idx.forEach(i -> rows.add(new long[]{key(code), i})));
        rows.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long[] keys = new long[rows.size()];
        byte[] rule = new byte[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rows.get(i)[0];
            rule[i] = (byte) rows.get(i)[1];
            if (keys[i] < 0) {
                throw new IllegalArgumentException("bad MCE code");
            }
        }
        out.longs(keys);
        out.bytes(rule);
    }

    /** Interprets a rule name of the MCE lists; age ranges come from the text so a new edition needs no code change. */
    static Rule parseRule(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        var range = java.util.regex.Pattern.compile("ages? (\\d+)(?:\\s*-\\s*(\\d+))?").matcher(n);
        if (n.startsWith("manifestation")) {
            return new Rule(name, Kind.MANIFESTATION, 0, 0, null);
        }
        if (n.contains("female only")) {
            return new Rule(name, Kind.SEX, 0, 0, Sex.F);
        }
        if (n.contains("male only")) {
            return new Rule(name, Kind.SEX, 0, 0, Sex.M);
        }
        if (range.find()) {
            int min = Integer.parseInt(range.group(1));
            int max = range.group(2) == null ? min : Integer.parseInt(range.group(2));
            return new Rule(name, Kind.AGE, min, max, null);
        }
        return new Rule(name, Kind.OTHER, 0, 0, null);
    }

    private static long key(String diagnosis) {
        if (diagnosis == null) {
            return -1;
        }
        return CodeKey.encode(diagnosis.strip().replace(".", "").toUpperCase(Locale.ROOT));
    }
}
