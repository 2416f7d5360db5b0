package org.openbilling.codesets.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openbilling.codesets.table.BinaryWriter;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.TextPool;
import org.openbilling.domain.codes.CodeNotes;

/**
 * Build-time reader of the ICD-10-CM Tabular List XML (CDC's {@code icd10cm_tabular_<year>.xml}) into
 * {@code tabular.bin}: per chapter, block (section) and code, its notes by kind with the code ranges each cites, and
 * the 7th characters a code defines for the codes under it. The format is read by {@code TabularList}.
 */
final class TabularBuilder {
    static final String MAGIC = "tabular";
    static final int VERSION = 1;
    private static final Map<String, CodeNotes.Kind> KINDS = Map.of(
            "includes", CodeNotes.Kind.INCLUDES, "inclusionTerm", CodeNotes.Kind.INCLUSION_TERM,
            "excludes1", CodeNotes.Kind.EXCLUDES1, "excludes2", CodeNotes.Kind.EXCLUDES2,
            "codeFirst", CodeNotes.Kind.CODE_FIRST, "useAdditionalCode", CodeNotes.Kind.USE_ADDITIONAL_CODE,
            "codeAlso", CodeNotes.Kind.CODE_ALSO, "notes", CodeNotes.Kind.NOTE);
    private static final Pattern CHAPTER_RANGE = Pattern.compile("\\(([A-Z][0-9][0-9A-Z])-([A-Z][0-9][0-9A-Z])\\)\\s*$");

    /** One note; notes written in one instruction element share a {@code group}. */
    record Note(CodeNotes.Kind kind, String text, int group, List<CodeReferences.Range> refs) {
    }

    /** The 7th characters a level defines, and its 7th-character note. */
    record Seventh(String note, List<String[]> characters) {
    }

    /** A chapter, block or code with its notes. */
    static final class Level {
        String name;
        String desc = "";
        long from;
        long to;
        final List<Note> notes = new ArrayList<>();
        Seventh seventh;

        Level(String name) {
            this.name = name;
        }
    }

    /** What the Tabular holds: chapters, blocks and codes (each code once; codes dotless). */
    record Tabular(String edition, List<Level> chapters, List<Level> sections, List<Level> codes) {
    }

    private TabularBuilder() {
    }

    static Tabular read(Path file, String edition) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, edition);
        } catch (XMLStreamException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Tabular read(InputStream in, String edition) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in);
        List<Level> chapters = new ArrayList<>();
        List<Level> sections = new ArrayList<>();
        List<Level> codes = new ArrayList<>();
        Deque<Level> levels = new ArrayDeque<>();
        Deque<String> path = new ArrayDeque<>();
        int group = 0;
        CodeNotes.Kind kind = null;
        List<String[]> seventh = null;
        String seventhChar = null;
        StringBuilder text = new StringBuilder();
        boolean inIntroduction = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String tag = r.getLocalName();
                path.push(tag);
                text.setLength(0);
                switch (tag) {
                    case "introduction" -> inIntroduction = true;
                    case "chapter" -> {
                        Level l = new Level("");
                        chapters.add(l);
                        levels.push(l);
                    }
                    case "section" -> {
                        String id = r.getAttributeValue(null, "id");
                        Level l = new Level(id);
                        String[] ends = id.split("-");
                        l.from = CodeKey.encode(ends[0]);
                        l.to = CodeKey.prefixEnd(CodeKey.encode(ends[ends.length - 1]), ends[ends.length - 1].length());
                        sections.add(l);
                        levels.push(l);
                    }
                    case "diag" -> {
                        Level l = new Level("");
                        codes.add(l);
                        levels.push(l);
                    }
                    case "sevenChrDef" -> seventh = new ArrayList<>();
                    case "extension" -> seventhChar = r.getAttributeValue(null, "char");
                    default -> {
                        if (KINDS.containsKey(tag)) {
                            kind = KINDS.get(tag);
                            group++;
                        }
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = path.pop();
                String parent = path.peek();
                String value = text.toString().strip().replaceAll("\\s+", " ");
                text.setLength(0);
                if (inIntroduction) {
                    inIntroduction = !tag.equals("introduction");
                    continue;
                }
                Level level = levels.peek();
                switch (tag) {
                    case "name" -> {
                        if (level != null && ("diag".equals(parent) || "chapter".equals(parent))) {
                            setName(level, value, "chapter".equals(parent));
                        }
                    }
                    case "desc" -> {
                        if (level != null && ("diag".equals(parent) || "chapter".equals(parent) || "section".equals(parent))) {
                            level.desc = value;
                            if ("chapter".equals(parent)) {
                                Matcher m = CHAPTER_RANGE.matcher(value);
                                if (m.find()) {
                                    level.from = CodeKey.encode(m.group(1));
                                    level.to = CodeKey.prefixEnd(CodeKey.encode(m.group(2)), 3);
                                }
                            }
                        }
                    }
                    case "note" -> {
                        if (seventh != null && "sevenChrDef".equals(parent)) {
                            // a note between extensions continues the meaning of the one before ("initial encounter for open fracture NOS")
                            if (!seventh.isEmpty()) {
                                String[] lastOne = seventh.get(seventh.size() - 1);
                                lastOne[1] = lastOne[1] + "; " + value;
                            }
                        } else if ("sevenChrNote".equals(parent) && level != null) {
                            level.seventh = new Seventh(value, level.seventh == null ? List.of() : level.seventh.characters());
                        } else if (kind != null && level != null && !value.isEmpty()) {
                            level.notes.add(new Note(kind, value, group, CodeReferences.parse(value)));
                        }
                    }
                    case "extension" -> {
                        if (seventh != null && seventhChar != null) {
                            seventh.add(new String[]{seventhChar.strip(), value});
                        }
                        seventhChar = null;
                    }
                    case "sevenChrDef" -> {
                        if (level != null) {
                            level.seventh = new Seventh(level.seventh == null ? "" : level.seventh.note(), List.copyOf(seventh));
                        }
                        seventh = null;
                    }
                    case "chapter", "section", "diag" -> levels.pop();
                    default -> {
                        if (KINDS.containsKey(tag)) {
                            kind = null;
                        }
                    }
                }
            }
        }
        return new Tabular(edition, chapters, sections, codes);
    }

    private static void setName(Level level, String name, boolean chapter) {
        level.name = chapter ? "chapter " + name : name.replace(".", "");
    }

    static void write(Tabular t, BinaryWriter w) throws IOException {
        List<String> texts = new ArrayList<>();
        Map<String, Integer> textIndex = new HashMap<>();
        java.util.function.ToIntFunction<String> intern = s -> textIndex.computeIfAbsent(s, k -> {
            texts.add(k);
            return texts.size() - 1;
        });
        List<Level> codes = new ArrayList<>(t.codes());
        codes.sort(Comparator.comparingLong(l -> CodeKey.encode(l.name)));
        List<Note> notes = new ArrayList<>();
        List<Seventh> sevenths = new ArrayList<>();
        int[][] noteStarts = new int[3][];
        List<List<Level>> groups = List.of(t.chapters(), t.sections(), codes);
        int[][] sevenIndex = new int[3][];
        for (int g = 0; g < 3; g++) {
            List<Level> levels = groups.get(g);
            noteStarts[g] = new int[levels.size() + 1];
            sevenIndex[g] = new int[levels.size()];
            for (int i = 0; i < levels.size(); i++) {
                noteStarts[g][i] = notes.size();
                notes.addAll(levels.get(i).notes);
                Seventh s = levels.get(i).seventh;
                sevenIndex[g][i] = s == null || s.characters().isEmpty() ? -1 : sevenths.size();
                if (sevenIndex[g][i] >= 0) {
                    sevenths.add(s);
                }
            }
            noteStarts[g][levels.size()] = notes.size();
        }
        w.magic(MAGIC, VERSION);
        w.string(t.edition());
        for (int g = 0; g < 3; g++) {
            List<Level> levels = groups.get(g);
            int n = levels.size();
            int[] name = new int[n];
            int[] desc = new int[n];
            long[] from = new long[n];
            long[] to = new long[n];
            for (int i = 0; i < n; i++) {
                Level l = levels.get(i);
                name[i] = intern.applyAsInt(l.name);
                // a code's title is the code table's (and newer there); chapters and blocks keep theirs
                desc[i] = intern.applyAsInt(g == 2 ? "" : l.desc);
                from[i] = g == 2 ? CodeKey.encode(l.name) : l.from;
                to[i] = g == 2 ? CodeKey.prefixEnd(from[i], l.name.length()) : l.to;
                if (from[i] < 0) {
                    throw new IllegalArgumentException("bad Tabular code or range " + l.name);
                }
            }
            w.ints(name);
            w.ints(desc);
            w.longs(from);
            w.longs(to);
            w.ints(noteStarts[g]);
            w.ints(sevenIndex[g]);
        }
        int n = notes.size();
        byte[] kind = new byte[n];
        int[] text = new int[n];
        int[] group = new int[n];
        int[] refStart = new int[n + 1];
        List<CodeReferences.Range> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Note note = notes.get(i);
            kind[i] = (byte) note.kind().ordinal();
            text[i] = intern.applyAsInt(note.text());
            group[i] = note.group();
            refs.addAll(note.refs());
            refStart[i + 1] = refs.size();
        }
        long[] refFrom = new long[refs.size()];
        long[] refTo = new long[refs.size()];
        int[] refText = new int[refs.size()];
        for (int i = 0; i < refs.size(); i++) {
            refFrom[i] = refs.get(i).from();
            refTo[i] = refs.get(i).to();
            refText[i] = intern.applyAsInt(refs.get(i).text());
        }
        w.bytes(kind);
        w.ints(text);
        w.ints(group);
        w.ints(refStart);
        w.longs(refFrom);
        w.longs(refTo);
        w.ints(refText);
        int[] sevenNote = new int[sevenths.size()];
        int[] charStart = new int[sevenths.size() + 1];
        List<String> chars = new ArrayList<>();
        List<Integer> meanings = new ArrayList<>();
        for (int i = 0; i < sevenths.size(); i++) {
            Seventh s = sevenths.get(i);
            sevenNote[i] = intern.applyAsInt(s.note());
            for (String[] c : s.characters()) {
                chars.add(c[0]);
                meanings.add(intern.applyAsInt(c[1]));
            }
            charStart[i + 1] = chars.size();
        }
        w.ints(sevenNote);
        w.ints(charStart);
        w.bytes(String.join("", chars).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        w.ints(meanings.stream().mapToInt(Integer::intValue).toArray());
        TextPool.write(w, texts);
    }
}
