package org.openbilling.codesets.tabular;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbilling.codesets.MedicareCodeEditor;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.domain.codes.CodeIssue.Severity;
import org.openbilling.domain.codes.CodeNotes;
import org.openbilling.domain.codes.CodingInstructions;
import org.openbilling.domain.codes.InstructionFinding;
import org.openbilling.domain.codes.RuleSeverities;

/**
 * The Tabular List's instructions as edits across one claim's (or encounter's) diagnoses. Rule ids, presets and why
 * (SCRUBBER-RULES.md, "Tabular instructions"):
 * <ul>
 *   <li>{@code excludes1-pair} (ERROR): each code's Excludes1 names the other (E10 and E11): the Tabular makes them
 *   alternatives of one condition, so the "unrelated conditions" exception cannot apply;</li>
 *   <li>{@code excludes1-one-way} (WARNING): only one code's Excludes1 names the other; the guidelines allow both
 *   when the conditions are unrelated, which only the record can tell, so the claim is not blocked;</li>
 *   <li>{@code code-first-missing} (ERROR): a manifestation code (the Medicare Code Editor's list) whose "code first"
 *   instruction no other diagnosis of the list satisfies (a note that names examples, "such as", is satisfied by any
 *   other diagnosis); a manifestation is never reported without its underlying condition;</li>
 *   <li>{@code code-first-sequence} (WARNING): the etiology is there but listed after the manifestation;</li>
 *   <li>{@code use-additional-code-missing} (WARNING): a "use additional code" instruction of the code or its category
 *   that names codes, as one instruction (not a list to choose from after a colon) and without "if applicable"-like
 *   words, and none of its codes is on the list; the additional fact may be undocumented, and payers rarely deny
 *   for it.</li>
 * </ul>
 * Instructions of blocks and chapters are shown with a code's notes but checked only for Excludes1 (a chapter's
 * "use additional code" notes are general reminders). A practice changes a preset through {@link RuleSeverities}.
 */
public final class InstructionEdits implements CodingInstructions {
    public static final String EXCLUDES1_PAIR = "excludes1-pair";
    public static final String EXCLUDES1_ONE_WAY = "excludes1-one-way";
    public static final String CODE_FIRST_MISSING = "code-first-missing";
    public static final String CODE_FIRST_SEQUENCE = "code-first-sequence";
    public static final String USE_ADDITIONAL_CODE_MISSING = "use-additional-code-missing";
    private static final String[] CONDITIONAL = {"if applicable", "if known", "if present", "if desired", "if any", "if appropriate",
            "such as", "any associated", "any "};

    private final TabularList tabular;
    private final MedicareCodeEditor mce;
    private final RuleSeverities severities;

    public InstructionEdits(TabularList tabular, MedicareCodeEditor mce, RuleSeverities severities) {
        this.tabular = tabular;
        this.mce = mce;
        this.severities = severities;
    }

    /** One diagnosis as the edits see it. */
    private record Dx(int index, String code, long key, int[] levels) {
    }

    @Override
    public List<InstructionFinding> check(List<String> diagnoses, LocalDate on) {
        List<Dx> dx = new ArrayList<>(diagnoses.size());
        for (int i = 0; i < diagnoses.size(); i++) {
            String code = diagnoses.get(i);
            if (code == null) {
                continue;
            }
            String bare = TabularList.bare(code);
            long key = CodeKey.encode(bare);
            if (key < 0 || bare.length() < 3 || !Character.isLetter(bare.charAt(0))) {
                continue;
            }
            dx.add(new Dx(i, TabularList.dotted(bare), key, tabular.levels(bare)));
        }
        List<InstructionFinding> out = new ArrayList<>(0);
        excludes1(dx, out);
        for (Dx d : dx) {
            codeFirst(d, dx, out);
            useAdditionalCode(d, dx, out);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ Excludes1

    private void excludes1(List<Dx> dx, List<InstructionFinding> out) {
        for (int j = 1; j < dx.size(); j++) {
            for (int i = 0; i < j; i++) {
                Dx a = dx.get(i);
                Dx b = dx.get(j);
                if (a.key() == b.key()) {
                    continue;
                }
                int aNote = citing(a.levels(), CodeNotes.Kind.EXCLUDES1, b.key(), false);
                int bNote = citing(b.levels(), CodeNotes.Kind.EXCLUDES1, a.key(), false);
                if (aNote < 0 && bNote < 0) {
                    continue;
                }
                String text = aNote >= 0 ? tabular.text(aNote) : tabular.text(bNote);
                if (aNote >= 0 && bNote >= 0) {
                    add(out, EXCLUDES1_PAIR, Severity.ERROR, b.index(), b.code(), a.code(), text,
                            a.code() + " and " + b.code() + " exclude each other: Excludes1 at " + where(aNote, a) + ": \"" + tabular.text(aNote)
                                    + "\"; at " + where(bNote, b) + ": \"" + tabular.text(bNote) + "\" (" + tabular.edition()
                                    + "). Report the one that fits");
                } else {
                    Dx excluding = aNote >= 0 ? a : b;
                    Dx excluded = aNote >= 0 ? b : a;
                    int note = aNote >= 0 ? aNote : bNote;
                    add(out, EXCLUDES1_ONE_WAY, Severity.WARNING, b.index(), excluding.code(), excluded.code(), text,
                            excluding.code() + " excludes " + excluded.code() + ": Excludes1 at " + where(note, excluding) + ": \"" + text + "\" ("
                                    + tabular.edition() + "). Both only when the conditions are unrelated (guidelines I.A.12.a)");
                }
            }
        }
    }

    /** The level a note is written at, for a message ("E11", "E08-E13"). */
    private String where(int note, Dx d) {
        for (int level : d.levels()) {
            if (note >= tabular.firstNote(level) && note < tabular.endNote(level)) {
                return tabular.levelName(level);
            }
        }
        return d.code();
    }

    /** The first note of a kind among the levels (code levels only when {@code codeLevelsOnly}) that cites {@code key}; or -1. */
    private int citing(int[] levels, CodeNotes.Kind kind, long key, boolean codeLevelsOnly) {
        for (int level : levels) {
            if (codeLevelsOnly && !tabular.isCodeLevel(level)) {
                continue;
            }
            for (int note = tabular.firstNote(level); note < tabular.endNote(level); note++) {
                if (tabular.kind(note) == kind && tabular.cites(note, key)) {
                    return note;
                }
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------ code first

    private void codeFirst(Dx d, List<Dx> dx, List<InstructionFinding> out) {
        if (!isManifestation(d.code())) {
            return;
        }
        for (int level : d.levels()) {
            if (!tabular.isCodeLevel(level)) {
                continue;
            }
            int first = -1;
            boolean examples = false;
            boolean names = false;
            StringBuilder text = new StringBuilder();
            for (int note = tabular.firstNote(level); note < tabular.endNote(level); note++) {
                if (tabular.kind(note) != CodeNotes.Kind.CODE_FIRST) {
                    continue;
                }
                first = first < 0 ? note : first;
                String t = tabular.text(note);
                examples |= lower(t).contains("such as");
                names |= tabular.citesCodes(note);
                text.append(text.length() == 0 ? "" : "; ").append(t);
            }
            if (first < 0) {
                continue;
            }
            // the etiology: a diagnosis the instruction names, or any other one when it only gives examples
            Dx etiology = null;
            for (Dx other : dx) {
                if (other != d && (examples || !names || citesInGroup(level, CodeNotes.Kind.CODE_FIRST, other.key()))) {
                    if (etiology == null || other.index() < d.index() && etiology.index() > d.index()) {
                        etiology = other;
                    }
                }
            }
            String note = "code first " + text;
            if (etiology == null) {
                add(out, CODE_FIRST_MISSING, Severity.ERROR, d.index(), d.code(), null, note, d.code() + " is a manifestation: \"" + note
                        + "\" (" + tabular.levelName(level) + ", " + tabular.edition() + "); no diagnosis of the claim is its underlying condition");
            } else if (etiology.index() > d.index()) {
                add(out, CODE_FIRST_SEQUENCE, Severity.WARNING, d.index(), d.code(), etiology.code(), note, d.code()
                        + " is a manifestation of " + etiology.code() + ", which is listed after it: \"" + note + "\" (" + tabular.levelName(level)
                        + ", " + tabular.edition() + "); list " + etiology.code() + " first");
            }
            return;
        }
    }

    private boolean isManifestation(String code) {
        if (mce == null) {
            return false;
        }
        for (MedicareCodeEditor.Rule r : mce.rules(code)) {
            if (r.kind() == MedicareCodeEditor.Kind.MANIFESTATION) {
                return true;
            }
        }
        return false;
    }

    private boolean citesInGroup(int level, CodeNotes.Kind kind, long key) {
        for (int note = tabular.firstNote(level); note < tabular.endNote(level); note++) {
            if (tabular.kind(note) == kind && tabular.cites(note, key)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ use additional code

    private void useAdditionalCode(Dx d, List<Dx> dx, List<InstructionFinding> out) {
        for (int level : d.levels()) {
            if (!tabular.isCodeLevel(level)) {
                continue;
            }
            for (int note = tabular.firstNote(level); note < tabular.endNote(level); note++) {
                if (tabular.kind(note) != CodeNotes.Kind.USE_ADDITIONAL_CODE || !required(note)) {
                    continue;
                }
                boolean present = false;
                for (Dx other : dx) {
                    present |= other != d && tabular.cites(note, other.key());
                }
                if (!present) {
                    String text = tabular.text(note);
                    add(out, USE_ADDITIONAL_CODE_MISSING, Severity.WARNING, d.index(), d.code(), String.join(", ", tabular.citedCodes(note)),
                            "use additional " + text, d.code() + ": \"use additional " + text + "\" (" + tabular.levelName(level) + ", "
                                    + tabular.edition() + "); none of " + String.join(", ", tabular.citedCodes(note)) + " is on the claim");
                }
            }
        }
    }

    /**
     * A "use additional code" note that requires a code: alone in its instruction (not an item of a list after a
     * colon, nor such a lead-in), naming codes, and without words that make it conditional.
     */
    private boolean required(int note) {
        if (!tabular.citesCodes(note) || !tabular.aloneInGroup(note)) {
            return false;
        }
        String t = lower(tabular.text(note));
        for (String c : CONDITIONAL) {
            if (t.contains(c)) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private void add(List<InstructionFinding> out, String rule, Severity preset, int index, String code, String other, String note,
                     String message) {
        Severity severity = severities.severity(rule, preset);
        if (severity != null) {
            out.add(new InstructionFinding(rule, severity, index, code, other, note, message));
        }
    }
}
