package org.openbilling.codesets.tabular;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.TextPool;
import org.openbilling.domain.codes.CodeNotes;
import org.openbilling.domain.codes.SeventhCharacter;
import org.openbilling.domain.codes.TabularNote;

/**
 * The ICD-10-CM Tabular List's instructions ({@code tabular.bin}, from CDC's Tabular XML): for each chapter, block and
 * code its notes by kind, with the code ranges each note cites, and the 7th characters a level defines for the codes
 * under it. A code's instructions are its own and those of its ancestors, its block and its chapter, nearest first,
 * as the Tabular's conventions say they apply. Levels are addressed by handles ({@link #levels}); nothing is decoded
 * until a text is asked for, so the claim edits allocate little.
 */
public final class TabularList {
    private static final int CHAPTERS = 0;
    private static final int SECTIONS = 1;
    private static final int CODES = 2;
    private static final int SHIFT = 24;
    private static final CodeNotes.Kind[] KINDS = CodeNotes.Kind.values();

    private final String edition;
    private final int[][] name = new int[3][];
    private final int[][] desc = new int[3][];
    private final long[][] from = new long[3][];
    private final long[][] to = new long[3][];
    private final int[][] noteStart = new int[3][];
    private final int[][] seventh = new int[3][];
    private final byte[] kind;
    private final int[] text;
    private final int[] group;
    private final int[] refStart;
    private final long[] refFrom;
    private final long[] refTo;
    private final int[] refText;
    private final int[] seventhNote;
    private final int[] charStart;
    private final byte[] chars;
    private final int[] meaning;
    private final TextPool texts;

    private TabularList(BinaryReader in) {
        in.expect("tabular", 1);
        edition = in.string();
        for (int g = 0; g < 3; g++) {
            name[g] = in.ints();
            desc[g] = in.ints();
            from[g] = in.longs();
            to[g] = in.longs();
            noteStart[g] = in.ints();
            seventh[g] = in.ints();
        }
        kind = in.bytes();
        text = in.ints();
        group = in.ints();
        refStart = in.ints();
        refFrom = in.longs();
        refTo = in.longs();
        refText = in.ints();
        seventhNote = in.ints();
        charStart = in.ints();
        chars = in.bytes();
        meaning = in.ints();
        texts = TextPool.read(in);
    }

    public static TabularList read(BinaryReader in) {
        return new TabularList(in);
    }

    /** The Tabular List the notes come from ("ICD-10-CM Tabular List FY2023"). */
    public String edition() {
        return edition;
    }

    // ------------------------------------------------------------------------------------------ levels

    /**
     * The levels whose instructions apply to a code (dotless key of {@code length} characters), nearest first: the
     * code and its ancestors the Tabular lists, then its block, then its chapter. Writes handles into {@code out}
     * (at least 9 long) and answers how many.
     */
    public int levels(long key, int length, int[] out) {
        int n = 0;
        for (int len = Math.min(length, CodeKey.MAX_LENGTH); len >= 3; len--) {
            long prefix = prefixKey(key, length, len);
            int i = java.util.Arrays.binarySearch(from[CODES], prefix);
            if (i >= 0) {
                out[n++] = handle(CODES, i);
            }
        }
        long category = prefixKey(key, length, 3);
        for (int g = SECTIONS; g >= CHAPTERS; g--) {
            for (int i = 0; i < from[g].length; i++) {
                if (from[g][i] <= category && category < to[g][i]) {
                    out[n++] = handle(g, i);
                    break;
                }
            }
        }
        return n;
    }

    /** The levels of a code as a list of handles, nearest first. */
    public int[] levels(String code) {
        String bare = bare(code);
        long key = CodeKey.encode(bare);
        if (key < 0 || bare.length() < 3) {
            return new int[0];
        }
        int[] out = new int[CodeKey.MAX_LENGTH + 2];
        return java.util.Arrays.copyOf(out, levels(key, bare.length(), out));
    }

    /** True when the level is a code (or an ancestor code) rather than a block or chapter. */
    public boolean isCodeLevel(int level) {
        return level >>> SHIFT == CODES;
    }

    /** The level's name as written: {@code E11.9}, {@code E08-E13}, {@code chapter 4}. */
    public String levelName(int level) {
        String n = texts.get(name[level >>> SHIFT][level & 0xFFFFFF]);
        return isCodeLevel(level) ? dotted(n) : n;
    }

    /** The level's title ("Type 2 diabetes mellitus"). */
    public String levelTitle(int level) {
        return texts.get(desc[level >>> SHIFT][level & 0xFFFFFF]);
    }

    public int firstNote(int level) {
        return noteStart[level >>> SHIFT][level & 0xFFFFFF];
    }

    public int endNote(int level) {
        return noteStart[level >>> SHIFT][(level & 0xFFFFFF) + 1];
    }

    // ------------------------------------------------------------------------------------------ notes

    public CodeNotes.Kind kind(int note) {
        return KINDS[kind[note]];
    }

    public String text(int note) {
        return texts.get(text[note]);
    }

    /** Notes of one instruction element share a group (a "use additional code" lead-in and its list). */
    public int group(int note) {
        return group[note];
    }

    /** True when no other note belongs to the note's instruction (not a lead-in "code to identify:" nor an item of its list). */
    public boolean aloneInGroup(int note) {
        return (note == 0 || group[note - 1] != group[note]) && (note + 1 >= group.length || group[note + 1] != group[note]);
    }

    /** True when the note cites {@code key} (a code cited includes the codes under it). */
    public boolean cites(int note, long key) {
        for (int r = refStart[note]; r < refStart[note + 1]; r++) {
            if (key >= refFrom[r] && key < refTo[r]) {
                return true;
            }
        }
        return false;
    }

    /** True when the note cites any code. */
    public boolean citesCodes(int note) {
        return refStart[note + 1] > refStart[note];
    }

    /** The codes the note cites, as written ("E10.-", "N18.1-N18.6"). */
    public List<String> citedCodes(int note) {
        List<String> out = new ArrayList<>(refStart[note + 1] - refStart[note]);
        for (int r = refStart[note]; r < refStart[note + 1]; r++) {
            out.add(texts.get(refText[r]));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ 7th characters

    /** The nearest level of a code that defines 7th characters, or -1. */
    public int seventhCharacterLevel(String code) {
        for (int level : levels(code)) {
            if (seventh[level >>> SHIFT][level & 0xFFFFFF] >= 0) {
                return level;
            }
        }
        return -1;
    }

    /** The 7th characters a level defines (empty when it defines none). */
    public List<SeventhCharacter> seventhCharacters(int level) {
        int def = level < 0 ? -1 : seventh[level >>> SHIFT][level & 0xFFFFFF];
        if (def < 0) {
            return List.of();
        }
        List<SeventhCharacter> out = new ArrayList<>();
        for (int c = charStart[def]; c < charStart[def + 1]; c++) {
            out.add(new SeventhCharacter(String.valueOf((char) chars[c]), texts.get(meaning[c])));
        }
        return out;
    }

    /** The 7th-character note of a level ("The appropriate 7th character is to be added to all codes from category S52"). */
    public String seventhCharacterNote(int level) {
        int def = level < 0 ? -1 : seventh[level >>> SHIFT][level & 0xFFFFFF];
        return def < 0 ? "" : texts.get(seventhNote[def]);
    }

    // ------------------------------------------------------------------------------------------ a code's notes

    /** Every instruction that applies to a code, by kind, nearest level first; null when the Tabular has no chapter for it. */
    public CodeNotes notes(String code) {
        int[] levels = levels(code);
        if (levels.length == 0) {
            return null;
        }
        Map<CodeNotes.Kind, List<TabularNote>> byKind = new EnumMap<>(CodeNotes.Kind.class);
        for (CodeNotes.Kind k : KINDS) {
            byKind.put(k, new ArrayList<>());
        }
        for (int level : levels) {
            String at = levelName(level);
            for (int note = firstNote(level); note < endNote(level); note++) {
                byKind.get(kind(note)).add(new TabularNote(text(note), at, citedCodes(note)));
            }
        }
        int seventhLevel = seventhCharacterLevel(code);
        TabularNote seventhNoteOf = seventhLevel < 0 ? null
                : new TabularNote(seventhCharacterNote(seventhLevel), levelName(seventhLevel), List.of());
        return new CodeNotes(dotted(bare(code)), edition, byKind.get(CodeNotes.Kind.INCLUDES), byKind.get(CodeNotes.Kind.INCLUSION_TERM),
                byKind.get(CodeNotes.Kind.EXCLUDES1), byKind.get(CodeNotes.Kind.EXCLUDES2), byKind.get(CodeNotes.Kind.CODE_FIRST),
                byKind.get(CodeNotes.Kind.USE_ADDITIONAL_CODE), byKind.get(CodeNotes.Kind.CODE_ALSO), byKind.get(CodeNotes.Kind.NOTE),
                seventhNoteOf, seventhCharacters(seventhLevel));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static int handle(int g, int i) {
        return (g << SHIFT) | i;
    }

    /** Key of the first {@code len} characters of a code whose key is {@code key}. */
    private static long prefixKey(long key, int length, int len) {
        if (len >= length) {
            return key;
        }
        long p = 1;
        for (int i = len; i < CodeKey.MAX_LENGTH; i++) {
            p *= 37;
        }
        return key / p * p;
    }

    static String bare(String code) {
        return code == null ? "" : code.strip().replace(".", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String dotted(String bare) {
        return bare.length() > 3 ? bare.substring(0, 3) + "." + bare.substring(3) : bare;
    }
}
