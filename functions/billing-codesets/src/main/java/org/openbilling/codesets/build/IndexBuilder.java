package org.openbilling.codesets.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openbilling.codesets.index.EntryKind;
import org.openbilling.codesets.index.Words;
import org.openbilling.codesets.table.BinaryWriter;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.TextPool;
import org.openbilling.domain.codes.CodeNotes;

/**
 * Build-time flattening of the ICD-10-CM Alphabetic Index, External Cause Index, Table of Drugs and Chemicals and
 * Table of Neoplasms (CDC's XML), plus the Tabular List's inclusion terms and includes notes and every code's title,
 * into one table of searchable entries ({@code index.bin}, read by {@code AlphabeticIndex}):
 * <ul>
 *   <li>entries in document order under one root per source, so that a term's subterms are the entries after it up to
 *   its {@code end} (a subtree is a range);</li>
 *   <li>per entry its words as stems, nonessential modifiers (the Index's parenthesized words) flagged optional, its
 *   code (a trailing "-" marks a code that needs more characters), its manifestation code, the drug or neoplasm
 *   table's six column codes, and its "see" and "see also" references resolved to the entry they name (a reference
 *   into the Table of Neoplasms also names its behaviour column);</li>
 *   <li>the postings of each stem, the abbreviations and lay terms of {@code icd10cm/search}, the word synonyms, and the
 *   conversion table's successors of each code changed since the Index's edition.</li>
 * </ul>
 */
final class IndexBuilder {
    static final String MAGIC = "icdindex";
    static final int VERSION = 1;
    private static final int NONE = -1;
    /** Stem ids of optional (nonessential) words carry this bit. */
    static final int OPTIONAL = 1 << 30;
    /** Entry flag: the term is a "with" subterm. */
    static final int WITH_TERM = 2;

    /** One searchable entry. */
    static final class Entry {
        final int id;
        final int parent;
        final EntryKind kind;
        String title = "";
        final List<String> essential = new ArrayList<>();
        final List<String> optional = new ArrayList<>();
        String code;
        String manif;
        String see;
        String seeAlso;
        final String[] cells = new String[6];
        int end;
        int seeTarget = NONE;
        int seeColumn;
        int seeAlsoTarget = NONE;
        int seeAlsoColumn;

        Entry(int id, int parent, EntryKind kind) {
            this.id = id;
            this.parent = parent;
            this.kind = kind;
        }
    }

    /** The sources and editions, as the manifest names them. */
    record Sources(Path index, Path externalCause, Path drugs, Path neoplasms, String indexEdition, String tablesEdition) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<EntryKind, Integer> roots = new LinkedHashMap<>();
    private int unresolved;
    private int resolved;

    static void build(Sources sources, TabularBuilder.Tabular tabular, Map<String, String> titles, Path conversion, Path searchFolder,
                      java.time.LocalDate indexEffective, BinaryWriter w) throws IOException {
        IndexBuilder b = new IndexBuilder();
        b.readIndex(sources.index(), EntryKind.INDEX, "ICD-10-CM Index to Diseases and Injuries");
        b.readIndex(sources.externalCause(), EntryKind.EXTERNAL_CAUSE, "ICD-10-CM External Cause of Injuries Index");
        b.readIndex(sources.drugs(), EntryKind.DRUG, "Table of Drugs and Chemicals");
        b.readIndex(sources.neoplasms(), EntryKind.NEOPLASM, "Table of Neoplasms");
        b.resolveReferences();
        b.addTabular(tabular, titles);
        b.write(w, sources, conversion, searchFolder, indexEffective);
        System.out.printf("index: %d entries; references resolved %d, unresolved %d%n", b.entries.size(), b.resolved, b.unresolved);
    }

    // ------------------------------------------------------------------------------------------ reading the XML

    private void readIndex(Path file, EntryKind kind, String rootTitle) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            read(f.createXMLStreamReader(in), kind, rootTitle);
        } catch (XMLStreamException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void read(XMLStreamReader r, EntryKind kind, String rootTitle) throws XMLStreamException {
        Entry root = add(NONE, EntryKind.ROOT);
        root.title = rootTitle;
        roots.put(kind, root.id);
        Deque<Entry> open = new ArrayDeque<>();
        open.push(root);
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        StringBuilder essential = new StringBuilder();
        StringBuilder optional = new StringBuilder();
        StringBuilder display = new StringBuilder();
        boolean inTitle = false;
        boolean inNemod = false;
        String cellColumn = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String tag = r.getLocalName();
                path.push(tag);
                switch (tag) {
                    case "mainTerm", "term" -> open.push(add(open.peek().id, kind));
                    case "title" -> {
                        inTitle = !"letter".equals(parentOf(path)) && open.size() > 1;
                        essential.setLength(0);
                        optional.setLength(0);
                        display.setLength(0);
                    }
                    case "nemod" -> {
                        inNemod = true;
                        if (inTitle) {
                            display.append(' ');
                            essential.append(' ');
                        }
                    }
                    case "cell" -> cellColumn = r.getAttributeValue(null, "col");
                    default -> {
                    }
                }
                text.setLength(0);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                String t = r.getText();
                if (inTitle) {
                    (inNemod ? optional : essential).append(t);
                    display.append(t);
                }
                text.append(t);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = path.pop();
                String value = text.toString().strip();
                Entry e = open.peek();
                switch (tag) {
                    case "nemod" -> {
                        inNemod = false;
                        optional.append(' ');
                        if (inTitle) {
                            display.append(' ');
                            essential.append(' ');
                        }
                    }
                    case "title" -> {
                        if (inTitle) {
                            e.title = display.toString().replaceAll("\\s+", " ").replace("( ", "(").strip();
                            addWords(e, essential.toString(), optional.toString());
                            if (e.parent == root.id && kind != EntryKind.NEOPLASM) {
                                alternatives(e);
                            }
                            if (kind == EntryKind.NEOPLASM && e.parent == root.id) {
                                // "Neoplasm, neoplastic" names the table: its words may match but are never missing
                                e.optional.addAll(0, e.essential);
                                e.essential.clear();
                            }
                        }
                        inTitle = false;
                    }
                    case "code" -> e.code = value;
                    case "seecat", "subcat" -> e.code = value.endsWith("-") ? value : value + "-";
                    case "manif" -> e.manif = value;
                    case "see" -> e.see = value;
                    case "seeAlso" -> e.seeAlso = value;
                    case "cell" -> {
                        int col = Integer.parseInt(cellColumn);
                        if (col >= 2 && col <= 7 && !value.isEmpty() && !value.startsWith("-")) {
                            e.cells[col - 2] = value;
                        }
                    }
                    case "mainTerm", "term" -> open.pop().end = entries.size();
                    default -> {
                    }
                }
                text.setLength(0);
            }
        }
        root.end = entries.size();
    }

    /**
     * A main term's title lists its forms ("Ulcer, ulcerated, ulcerating, ulceration, ulcerative", "Attack, attacks"):
     * the first names it, the others are alternatives that a query need not repeat, so they count as nonessential.
     */
    private static void alternatives(Entry e) {
        String essentialText = e.title.replaceAll("\\([^()]*\\)", " ");
        String[] parts = essentialText.split(",");
        if (parts.length < 2) {
            return;
        }
        Set<String> first = new LinkedHashSet<>(Words.stems(parts[0]));
        if (first.isEmpty()) {
            return;
        }
        List<String> others = new ArrayList<>(e.essential);
        others.removeAll(first);
        e.essential.retainAll(first);
        others.removeAll(e.optional);
        e.optional.addAll(0, others);
    }

    private static String parentOf(Deque<String> path) {
        var it = path.iterator();
        it.next();
        return it.hasNext() ? it.next() : "";
    }

    private Entry add(int parent, EntryKind kind) {
        Entry e = new Entry(entries.size(), parent, kind);
        entries.add(e);
        return e;
    }

    private static void addWords(Entry e, String essential, String optional) {
        Set<String> ess = new LinkedHashSet<>(Words.stems(essential));
        Set<String> opt = new LinkedHashSet<>(Words.stems(optional));
        opt.removeAll(ess);
        e.essential.addAll(ess);
        e.optional.addAll(opt);
    }

    // ------------------------------------------------------------------------------------------ the Tabular's terms

    private void addTabular(TabularBuilder.Tabular tabular, Map<String, String> titles) {
        Entry inclusionRoot = add(NONE, EntryKind.ROOT);
        inclusionRoot.title = tabular.edition();
        roots.put(EntryKind.TABULAR_INCLUSION, inclusionRoot.id);
        for (TabularBuilder.Level level : tabular.codes()) {
            for (TabularBuilder.Note note : level.notes) {
                EntryKind kind = note.kind() == CodeNotes.Kind.INCLUSION_TERM ? EntryKind.TABULAR_INCLUSION
                        : note.kind() == CodeNotes.Kind.INCLUDES ? EntryKind.TABULAR_INCLUDES : null;
                if (kind == null || note.text().endsWith(":")) {
                    continue;
                }
                Entry e = add(inclusionRoot.id, kind);
                e.title = note.text();
                e.code = level.name;
                addWords(e, note.text().replaceAll("\\(.*?\\)", " "), String.join(" ", parenthesized(note.text())));
                e.end = e.id + 1;
            }
        }
        inclusionRoot.end = entries.size();
        Entry titleRoot = add(NONE, EntryKind.ROOT);
        titleRoot.title = "code titles";
        roots.put(EntryKind.TITLE, titleRoot.id);
        for (Map.Entry<String, String> t : new TreeMap<>(titles).entrySet()) {
            Entry e = add(titleRoot.id, EntryKind.TITLE);
            e.code = t.getKey();
            addWords(e, t.getValue(), "");
            e.end = e.id + 1;
        }
        titleRoot.end = entries.size();
    }

    private static List<String> parenthesized(String text) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\((.*?)\\)").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ see and see also

    /** Behaviour columns of the Table of Neoplasms by the words a reference uses (2 = malignant primary ... 7 = unspecified). */
    private static int neoplasmColumn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("secondary")) {
            return 3;
        }
        if (t.contains("malignant")) {
            return 2;
        }
        if (t.contains("in situ")) {
            return 4;
        }
        if (t.contains("benign")) {
            return 5;
        }
        if (t.contains("uncertain")) {
            return 6;
        }
        if (t.contains("unspecified")) {
            return 7;
        }
        return 0;
    }

    /** Intent columns of the Table of Drugs by the words a reference uses (2 = poisoning accidental ... 7 = underdosing). */
    private static int drugColumn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        // "categories T36-T50, with 6th character 5" is the adverse effect column; "final character 6" underdosing
        if (t.contains("adverse") || t.contains("character 5")) {
            return 6;
        }
        if (t.contains("underdos") || t.contains("character 6")) {
            return 7;
        }
        if (t.contains("poison")) {
            return 2;
        }
        return 0;
    }

    private void resolveReferences() {
        Map<EntryKind, Map<String, List<Integer>>> mainTerms = new HashMap<>();
        for (Entry e : entries) {
            if (e.parent != NONE && entries.get(e.parent).kind == EntryKind.ROOT) {
                Map<String, List<Integer>> names = mainTerms.computeIfAbsent(e.kind, k -> new HashMap<>());
                String full = normalize(e.title);
                names.computeIfAbsent(full, k -> new ArrayList<>()).add(e.id);
                for (String part : full.split(", ")) {
                    names.computeIfAbsent(part, k -> new ArrayList<>()).add(e.id);
                }
            }
        }
        for (Entry e : entries) {
            if (e.see != null) {
                int[] t = resolve(e.see, e.kind, mainTerms);
                e.seeTarget = t[0];
                e.seeColumn = t[1];
            }
            if (e.seeAlso != null) {
                int[] t = resolve(e.seeAlso, e.kind, mainTerms);
                e.seeAlsoTarget = t[0];
                e.seeAlsoColumn = t[1];
            }
        }
    }

    /** The entry a reference names (and a table column), or NONE: "Infarct, myocardium", "Neoplasm, malignant, by site". */
    private int[] resolve(String reference, EntryKind from, Map<EntryKind, Map<String, List<Integer>>> mainTerms) {
        String ref = reference.replaceAll("\\s+", " ").strip();
        String lower = ref.toLowerCase(Locale.ROOT);
        if (lower.startsWith("table of drugs")) {
            resolved++;
            return new int[]{roots.get(EntryKind.DRUG), drugColumn(lower.substring("table of drugs".length()))};
        }
        if (lower.startsWith("table of neoplasms")) {
            resolved++;
            return new int[]{roots.get(EntryKind.NEOPLASM), neoplasmColumn(lower)};
        }
        List<String> parts = new ArrayList<>();
        for (String p : normalize(ref).split(",")) {
            String part = p.strip();
            if (!part.isEmpty() && !part.startsWith("by ")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty() || parts.get(0).equals("condition")) {
            unresolved++;
            return new int[]{NONE, 0};
        }
        if (parts.get(0).startsWith("neoplasm")) {
            int column = neoplasmColumn(lower);
            List<String> site = new ArrayList<>();
            for (String p : parts.subList(1, parts.size())) {
                if (neoplasmColumn(p) == 0) {
                    site.add(p);
                }
            }
            int root = roots.get(EntryKind.NEOPLASM);
            int target = site.isEmpty() ? root : descend(firstChild(root), site, 0);
            resolved++;
            return new int[]{target, column};
        }
        for (EntryKind kind : List.of(from, EntryKind.INDEX, EntryKind.EXTERNAL_CAUSE)) {
            Map<String, List<Integer>> names = mainTerms.getOrDefault(kind, Map.of());
            for (int k = parts.size(); k >= 1; k--) {
                List<Integer> found = names.get(String.join(", ", parts.subList(0, k)));
                if (found != null) {
                    // several main terms may share the name ("Fracture, burst", "Fracture, traumatic"): the one whose
                    // subterms name most of the rest of the reference
                    int best = found.get(0);
                    int bestDepth = -1;
                    for (int candidate : found) {
                        int[] reached = descendCounting(candidate, parts, k);
                        if (reached[1] > bestDepth) {
                            best = reached[0];
                            bestDepth = reached[1];
                        }
                    }
                    resolved++;
                    return new int[]{best, 0};
                }
            }
        }
        unresolved++;
        return new int[]{NONE, 0};
    }

    private int firstChild(int id) {
        return id + 1 < entries.get(id).end ? id + 1 : id;
    }

    /** From {@code start}, down through the children named by {@code parts[from..]}; stops at the deepest match. */
    private int descend(int start, List<String> parts, int from) {
        return descendCounting(start, parts, from)[0];
    }

    /** {@link #descend}, and how many parts it matched. */
    private int[] descendCounting(int start, List<String> parts, int from) {
        int current = start;
        int matched = 0;
        for (int i = from; i < parts.size(); i++) {
            int next = child(current, parts.get(i), 1);
            if (next == NONE) {
                next = child(current, parts.get(i), 3);
            }
            if (next == NONE) {
                break;
            }
            current = next;
            matched++;
        }
        return new int[]{current, matched};
    }

    /** A descendant of {@code id} at most {@code depth} levels down whose title is, or begins with, {@code name}. */
    private int child(int id, String name, int depth) {
        Entry e = entries.get(id);
        int best = NONE;
        for (int c = id + 1; c < e.end; c = entries.get(c).end) {
            String title = normalize(entries.get(c).title);
            if (title.equals(name) || List.of(title.split(", ")).contains(name)) {
                return c;
            }
            if (best == NONE && title.startsWith(name)) {
                best = c;
            }
            if (depth > 1) {
                int deeper = child(c, name, depth - 1);
                if (deeper != NONE && best == NONE) {
                    best = deeper;
                }
            }
        }
        return best;
    }

    /** Lower case, parenthesized words and extra spaces removed: how references and titles are compared. */
    private static String normalize(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        // innermost first: nonessential modifiers nest ("(respiratory (upper))")
        for (String before = ""; !before.equals(t); ) {
            before = t;
            t = t.replaceAll("\\([^()]*\\)", " ");
        }
        return t.replaceAll("[()]", " ").replaceAll("\\s+", " ").replace(" ,", ",").strip().replaceAll("[.;:]$", "");
    }

    // ------------------------------------------------------------------------------------------ writing

    private void write(BinaryWriter w, Sources sources, Path conversion, Path searchFolder, java.time.LocalDate indexEffective) throws IOException {
        // vocabulary: every stem, sorted, so that a query's stem is found by binary search
        TreeMap<String, Integer> stemCounts = new TreeMap<>();
        for (Entry e : entries) {
            for (String s : e.essential) {
                stemCounts.merge(s, 1, Integer::sum);
            }
            for (String s : e.optional) {
                stemCounts.merge(s, 1, Integer::sum);
            }
        }
        List<String> stems = new ArrayList<>(stemCounts.keySet());
        Map<String, Integer> stemId = new HashMap<>();
        for (int i = 0; i < stems.size(); i++) {
            stemId.put(stems.get(i), i);
        }
        int n = entries.size();
        int[] parent = new int[n];
        int[] end = new int[n];
        byte[] kind = new byte[n];
        byte[] essCount = new byte[n];
        long[] code = new long[n];
        byte[] codeFlags = new byte[n];
        List<Integer> referring = new ArrayList<>();
        List<Integer> see = new ArrayList<>();
        List<Integer> seeAlso = new ArrayList<>();
        List<Byte> seeColumns = new ArrayList<>();
        int[] wordStart = new int[n + 1];
        List<Integer> words = new ArrayList<>();
        List<String> titles = new ArrayList<>(n);
        List<Integer> manifEntries = new ArrayList<>();
        List<Long> manifKeys = new ArrayList<>();
        List<Integer> cellEntries = new ArrayList<>();
        List<Long> cellKeys = new ArrayList<>();
        List<Byte> cellFlags = new ArrayList<>();
        List<List<Integer>> postings = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            postings.add(new ArrayList<>());
        }
        for (Entry e : entries) {
            int i = e.id;
            parent[i] = e.parent;
            end[i] = e.end;
            kind[i] = (byte) e.kind.ordinal();
            essCount[i] = (byte) Math.min(127, e.essential.size());
            long[] key = codeKey(e.code);
            code[i] = key[0];
            String plain = normalize(e.title);
            // a "with" subterm: what follows is present; a query that says "without" is not asking for it
            codeFlags[i] = (byte) (key[1] | (plain.equals("with") || plain.startsWith("with ") ? WITH_TERM : 0));
            if (e.seeTarget != NONE || e.seeAlsoTarget != NONE) {
                // sparse: one entry in twenty refers elsewhere
                referring.add(i);
                see.add(e.seeTarget);
                seeAlso.add(e.seeAlsoTarget);
                seeColumns.add((byte) (e.seeColumn | e.seeAlsoColumn << 4));
            }
            titles.add(e.kind == EntryKind.TITLE ? "" : e.title);
            for (String s : e.essential) {
                int id = stemId.get(s);
                words.add(id);
                postings.get(id).add(i << 1);
            }
            for (String s : e.optional) {
                int id = stemId.get(s);
                words.add(id | OPTIONAL);
                postings.get(id).add(i << 1 | 1);
            }
            wordStart[i + 1] = words.size();
            if (e.manif != null && codeKey(e.manif)[0] >= 0) {
                manifEntries.add(i);
                manifKeys.add(codeKey(e.manif)[0]);
            }
            boolean anyCell = false;
            for (String c : e.cells) {
                anyCell |= c != null;
            }
            if (anyCell) {
                cellEntries.add(i);
                for (String c : e.cells) {
                    long[] k = codeKey(c);
                    cellKeys.add(k[0]);
                    cellFlags.add((byte) k[1]);
                }
            }
        }
        w.magic(MAGIC, VERSION);
        w.string(sources.indexEdition());
        w.string(sources.tablesEdition());
        w.i32((int) indexEffective.toEpochDay());
        TextPool.write(w, stems);
        w.ints(stemCounts.values().stream().mapToInt(Integer::intValue).toArray());
        w.ints(parent);
        w.ints(end);
        w.bytes(kind);
        w.bytes(essCount);
        w.longs(code);
        w.bytes(codeFlags);
        w.ints(referring.stream().mapToInt(Integer::intValue).toArray());
        w.ints(see.stream().mapToInt(Integer::intValue).toArray());
        w.ints(seeAlso.stream().mapToInt(Integer::intValue).toArray());
        byte[] columns = new byte[seeColumns.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = seeColumns.get(i);
        }
        w.bytes(columns);
        w.ints(wordStart);
        w.ints(words.stream().mapToInt(Integer::intValue).toArray());
        TextPool.write(w, titles);
        w.ints(manifEntries.stream().mapToInt(Integer::intValue).toArray());
        w.longs(manifKeys.stream().mapToLong(Long::longValue).toArray());
        w.ints(cellEntries.stream().mapToInt(Integer::intValue).toArray());
        w.longs(cellKeys.stream().mapToLong(Long::longValue).toArray());
        byte[] cf = new byte[cellFlags.size()];
        for (int i = 0; i < cf.length; i++) {
            cf[i] = cellFlags.get(i);
        }
        w.bytes(cf);
        int[] postStart = new int[stems.size() + 1];
        int total = 0;
        for (int s = 0; s < stems.size(); s++) {
            total += postings.get(s).size();
            postStart[s + 1] = total;
        }
        int[] post = new int[total];
        int p = 0;
        for (List<Integer> list : postings) {
            for (int v : list) {
                post[p++] = v;
            }
        }
        w.ints(postStart);
        w.ints(post);
        Lexicon.write(w, searchFolder, stemId);
        writeConversion(w, conversion, indexEffective);
    }

    /** A code as written in the Index ("I21.9", "I63.4-") as its key and flags (1: needs more characters); -1 for none. */
    static long[] codeKey(String code) {
        if (code == null || code.isBlank()) {
            return new long[]{NONE, 0};
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        boolean incomplete = c.endsWith("-");
        String bare = c.replace("-", "").replace(".", "");
        long key = CodeKey.encode(bare);
        return new long[]{key, incomplete ? 1 : 0};
    }

    /**
     * Successors of codes changed since the Index's edition, from the conversion table: for each code new after that
     * date, each code its "previous" cell names exactly (ranges are too coarse to follow), as (previous, new) key pairs
     * sorted by previous.
     */
    private static void writeConversion(BinaryWriter w, Path csvFile, java.time.LocalDate after) throws IOException {
        List<long[]> pairs = new ArrayList<>();
        try (var r = Files.newBufferedReader(csvFile)) {
            Csv csv = new Csv(r);
            int code = csv.column("code");
            int effective = csv.column("effective");
            int previous = csv.column("previous");
            for (List<String> row; (row = csv.next()) != null; ) {
                if (row.size() < 3 || !java.time.LocalDate.parse(Csv.get(row, effective)).isAfter(after)) {
                    continue;
                }
                long to = CodeKey.encode(Csv.get(row, code).replace(".", ""));
                for (String prev : Csv.get(row, previous).split(" ")) {
                    long from = prev.contains("-") || prev.isBlank() ? NONE : CodeKey.encode(prev.replace(".", ""));
                    if (from >= 0 && to >= 0) {
                        pairs.add(new long[]{from, to});
                    }
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        w.longs(pairs.stream().mapToLong(x -> x[0]).toArray());
        w.longs(pairs.stream().mapToLong(x -> x[1]).toArray());
        System.out.printf("conversion: %d successor pairs after %s%n", pairs.size(), after);
    }
}
