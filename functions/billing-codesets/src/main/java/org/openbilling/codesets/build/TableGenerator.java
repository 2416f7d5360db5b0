package org.openbilling.codesets.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.openbilling.codesets.AdjustmentReasons;
import org.openbilling.codesets.Edition;
import org.openbilling.codesets.MedicareCodeEditor;
import org.openbilling.codesets.MueLimits;
import org.openbilling.codesets.NcciEdits;
import org.openbilling.codesets.PlacesOfService;
import org.openbilling.codesets.table.BinaryWriter;
import org.openbilling.codesets.table.CharacterMask;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.codesets.table.CodeTable.Row;

/**
 * Build-time conversion of the source files under {@code src/data} into the binary tables the run time loads
 * (no text parsing at cold start). Editions come from {@code icd10cm/editions.properties} and
 * {@code manifest.properties}, so a new release is a data drop. Run: {@code TableGenerator <data dir> <output dir>}.
 */
public final class TableGenerator {
    /** Format version of the files; the loader checks it. */
    public static final int VERSION = 2;

    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private final Path data;
    private final Path out;
    private final Properties manifest;
    /** Every ICD-10-CM code held and its newest title (from {@link #icd10cm()}, for the Index's title entries). */
    private Map<String, String> icd10Titles;
    /** The Tabular List as read by {@link #tabular()}, for the Index's inclusion terms. */
    private TabularBuilder.Tabular tabularList;

    TableGenerator(Path data, Path out) throws IOException {
        this.data = data;
        this.out = out;
        this.manifest = properties(data.resolve("manifest.properties"));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TableGenerator <data dir> <output dir>");
        }
        long start = System.nanoTime();
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        // Incremental: the tables are rebuilt only when a source file (or the format version) changed.
        String stamp = sourceStamp(data);
        Path stampFile = out.resolve("sources.stamp");
        if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
            System.out.println("code set tables are up to date in " + out);
            return;
        }
        new TableGenerator(data, out).generateAll();
        Files.writeString(stampFile, stamp);
        System.out.printf("code set tables written to %s in %d ms%n", args[1], (System.nanoTime() - start) / 1_000_000);
    }

    /** Path, size and modification time of every source file, plus the format version. */
    static String sourceStamp(Path data) throws IOException {
        StringBuilder b = new StringBuilder("version=" + VERSION + "\n");
        try (var files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                b.append(data.relativize(f)).append(' ').append(Files.size(f)).append(' ').append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            }
        }
        // The writers' classes too, so that a changed format or rule rebuilds the tables.
        for (Class<?> c : List.of(TableGenerator.class, TabularBuilder.class, CodeReferences.class, IndexBuilder.class, Lexicon.class,
                org.openbilling.codesets.index.Words.class, Csv.class, BinaryWriter.class, CodeTable.class, CharacterMask.class, Edition.class, NcciEdits.class, MueLimits.class,
                MedicareCodeEditor.class, AdjustmentReasons.class, PlacesOfService.class)) {
            var url = c.getResource(c.getSimpleName() + ".class");
            if (url != null && url.getProtocol().equals("file")) {
                try {
                    b.append(c.getSimpleName()).append(' ').append(Files.getLastModifiedTime(Path.of(url.toURI())).toMillis()).append('\n');
                } catch (java.net.URISyntaxException e) {
                    throw new IOException(e);
                }
            }
        }
        return b.toString();
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    void generateAll() throws IOException {
        Files.createDirectories(out);
        for (Step step : List.<Step>of(this::icd10cm, this::tabular, this::index, this::icd9cmAndGems, this::hcpcsAndModifiers, this::cpt, this::ncci, this::mue, this::mce,
                this::adjustmentReasons, this::placesOfService)) {
            long t = System.nanoTime();
            step.run();
            System.out.printf("  (%d ms)%n", (System.nanoTime() - t) / 1_000_000);
        }
    }

    // ---------------------------------------------------------------- ICD-10-CM

    /** One code of one edition. */
    private record Icd10Code(boolean billable, String title) {
    }

    void icd10cm() throws IOException {
        Path dir = data.resolve("icd10cm");
        Properties p = properties(dir.resolve("editions.properties"));
        List<String> names = List.of(p.getProperty("editions").split("\\s*,\\s*"));
        List<Edition> editions = new ArrayList<>();
        List<Map<String, Icd10Code>> sets = new ArrayList<>();
        Map<String, Icd10Code> previous = null;
        for (String name : names) {
            LocalDate effective = LocalDate.parse(required(p, name + ".effective"));
            String source = required(p, name + ".source");
            Map<String, Icd10Code> set;
            if (source.startsWith("order:")) {
                set = readOrderFile(dir.resolve(source.substring("order:".length())));
            } else if (source.startsWith("changes:")) {
                if (previous == null) {
                    throw new IllegalArgumentException(name + ": a change list needs a previous edition");
                }
                set = applyChanges(previous, dir.resolve(source.substring("changes:".length())));
            } else {
                throw new IllegalArgumentException(name + ": unknown source " + source);
            }
            editions.add(new Edition("ICD-10-CM " + name, effective, null));
            sets.add(set);
            previous = set;
        }
        // Each edition is current until the next one; the newest until the next 1 October (CMS's yearly cycle).
        for (int i = 0; i < editions.size(); i++) {
            Edition e = editions.get(i);
            LocalDate end = i + 1 < editions.size() ? editions.get(i + 1).effective().minusDays(1) : nextOctober(e.effective()).minusDays(1);
            editions.set(i, new Edition(e.name(), e.effective(), end));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> allCodes = new HashSet<>();
        sets.forEach(s -> allCodes.addAll(s.keySet()));
        icd10Titles = new HashMap<>();
        sets.forEach(s -> s.forEach((code, c) -> icd10Titles.put(code, c.title())));
        for (String code : allCodes) {
            // Merge consecutive editions with the same flag and title into one entry valid over their span.
            Icd10Code open = null;
            int openFrom = 0;
            for (int i = 0; i <= sets.size(); i++) {
                Icd10Code c = i < sets.size() ? sets.get(i).get(code) : null;
                if (open != null && !Objects.equals(open, c)) {
                    int to = i < sets.size() ? (int) editions.get(i).effective().toEpochDay() - 1 : CodeTable.OPEN_TO;
                    rows.add(new Row(code, openFrom, to, open.billable() ? CodeTable.BILLABLE : 0, open.title(), ""));
                    open = null;
                }
                if (c != null && open == null) {
                    open = c;
                    openFrom = (int) editions.get(i).effective().toEpochDay();
                }
            }
        }
        // The characters each position takes in any edition held: one no edition has there makes a format error.
        long[] positions = new long[CodeKey.MAX_LENGTH];
        allCodes.forEach(code -> CharacterMask.add(positions, code));
        try (BinaryWriter w = writer("icd10cm.bin")) {
            w.magic("icd10cm", VERSION);
            w.i32(editions.size());
            for (Edition e : editions) {
                e.write(w);
            }
            w.longs(positions);
            CodeTable.write(w, rows);
        }
        System.out.printf("icd10cm: %d editions, %d entries%n", editions.size(), rows.size());
    }

    private static LocalDate nextOctober(LocalDate d) {
        LocalDate october = LocalDate.of(d.getYear(), 10, 1);
        return d.isBefore(october) ? october : october.plusYears(1);
    }

    /** CMS order file: code in columns 7-13, header flag in 15, long title from 78. */
    private Map<String, Icd10Code> readOrderFile(Path file) throws IOException {
        Map<String, Icd10Code> set = new LinkedHashMap<>();
        try (BufferedReader r = reader(file, StandardCharsets.US_ASCII)) {
            for (String line; (line = r.readLine()) != null; ) {
                line = stripEnd(line);
                if (line.length() < 78) {
                    continue;
                }
                String code = line.substring(6, 13).strip();
                boolean billable = line.charAt(14) == '1';
                set.put(code, new Icd10Code(billable, line.substring(77).strip()));
            }
        }
        return set;
    }

    /** The previous edition with a change-list folder applied (added, deleted, revised titles, billable flips). */
    private Map<String, Icd10Code> applyChanges(Map<String, Icd10Code> previous, Path folder) throws IOException {
        Map<String, Icd10Code> set = new LinkedHashMap<>(previous);
        forEachCsv(folder.resolve("deleted.csv"), (csv, row) -> set.remove(Csv.get(row, csv.column("code"))));
        forEachCsv(folder.resolve("added.csv"), (csv, row) -> set.put(Csv.get(row, csv.column("code")),
                new Icd10Code(Boolean.parseBoolean(Csv.get(row, csv.column("billable"))), Csv.get(row, csv.column("longTitle")))));
        forEachCsv(folder.resolve("revised.csv"), (csv, row) -> {
            String code = Csv.get(row, csv.column("code"));
            Icd10Code c = require(set, code, "revised");
            set.put(code, new Icd10Code(c.billable(), Csv.get(row, csv.column("newLongTitle"))));
        });
        forEachCsv(folder.resolve("billable-status-changes.csv"), (csv, row) -> {
            String code = Csv.get(row, csv.column("code"));
            Icd10Code c = require(set, code, "billable-status-changes");
            set.put(code, new Icd10Code(Boolean.parseBoolean(Csv.get(row, csv.column("newBillable"))), c.title()));
        });
        return set;
    }

    private static Icd10Code require(Map<String, Icd10Code> set, String code, String list) {
        Icd10Code c = set.get(code);
        if (c == null) {
            throw new IllegalArgumentException(list + " names " + code + ", which the previous edition does not hold");
        }
        return c;
    }

    // ---------------------------------------------------------------- ICD-10-CM Tabular List

    void tabular() throws IOException {
        TabularBuilder.Tabular t = tabularList = TabularBuilder.read(data.resolve(required(manifest, "tabular.file")), required(manifest, "tabular.edition"));
        try (BinaryWriter w = writer("tabular.bin")) {
            TabularBuilder.write(t, w);
        }
        System.out.printf("tabular: %d chapters, %d blocks, %d codes, %d notes%n", t.chapters().size(), t.sections().size(), t.codes().size(),
                t.codes().stream().mapToInt(l -> l.notes.size()).sum());
    }

    // ---------------------------------------------------------------- ICD-10-CM Alphabetic Index and tables

    void index() throws IOException {
        if (icd10Titles == null) {
            icd10cm();
        }
        if (tabularList == null) {
            tabular();
        }
        IndexBuilder.Sources sources = new IndexBuilder.Sources(data.resolve(required(manifest, "index.file")),
                data.resolve(required(manifest, "index.externalCause")), data.resolve(required(manifest, "index.drugs")),
                data.resolve(required(manifest, "index.neoplasms")), required(manifest, "index.edition"), required(manifest, "index.tablesEdition"));
        try (BinaryWriter w = writer("index.bin")) {
            IndexBuilder.build(sources, tabularList, icd10Titles, data.resolve(required(manifest, "index.conversion")),
                    data.resolve(required(manifest, "index.lexicon")), LocalDate.parse(required(manifest, "index.effective")), w);
        }
    }

    // ---------------------------------------------------------------- ICD-9-CM and GEMs

    private void icd9cmAndGems() throws IOException {
        LocalDate lastDay = LocalDate.parse(required(manifest, "icd9cm.lastDay"));
        Charset charset = Charset.forName(manifest.getProperty("icd9cm.charset", "ISO-8859-1"));
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = reader(data.resolve(required(manifest, "icd9cm.file")), charset)) {
            for (String line; (line = r.readLine()) != null; ) {
                line = stripEnd(line);
                int space = line.indexOf(' ');
                if (space <= 0) {
                    continue;
                }
                rows.add(new Row(line.substring(0, space), CodeTable.OPEN_FROM, (int) lastDay.toEpochDay(), CodeTable.BILLABLE,
                        line.substring(space).strip(), ""));
            }
        }
        try (BinaryWriter w = writer("icd9cm.bin")) {
            w.magic("icd9cm", VERSION);
            new Edition(required(manifest, "icd9cm.edition"), null, lastDay).write(w);
            CodeTable.write(w, rows);
        }
        List<String[]> forward = readGem(required(manifest, "gems.forward"));
        List<String[]> backward = readGem(required(manifest, "gems.backward"));
        try (BinaryWriter w = writer("gems.bin")) {
            w.magic("gems", VERSION);
            // Forward map ICD-9 -> ICD-10 keyed by ICD-9, backward map ICD-10 -> ICD-9 keyed by ICD-10 (file order kept within a key).
            writePairs(w, forward, 0, 1);
            writePairs(w, backward, 0, 1);
        }
        System.out.printf("icd9cm: %d codes; gems: %d forward, %d backward%n", rows.size(), forward.size(), backward.size());
    }

    /** GEM rows as {source, target, flags}; "no map" rows (target NoDx) are dropped. */
    private List<String[]> readGem(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = reader(data.resolve(file), StandardCharsets.US_ASCII)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 3 && !f[1].equals("NoDx") && !f[0].equals("NoDx")) {
                    rows.add(f);
                }
            }
        }
        return rows;
    }

    private static void writePairs(BinaryWriter w, List<String[]> rows, int keyColumn, int valueColumn) throws IOException {
        List<String[]> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Long.compare(CodeKey.encode(a[keyColumn]), CodeKey.encode(b[keyColumn])));
        long[] keys = new long[sorted.size()];
        long[] values = new long[sorted.size()];
        int[] flags = new int[sorted.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = CodeKey.encode(sorted.get(i)[keyColumn]);
            values[i] = CodeKey.encode(sorted.get(i)[valueColumn]);
            flags[i] = Integer.parseInt(sorted.get(i)[2]); // the five flag digits, kept as written
        }
        w.longs(keys);
        w.longs(values);
        w.ints(flags);
    }

    // ---------------------------------------------------------------- HCPCS, modifiers, CPT

    private void hcpcsAndModifiers() throws IOException {
        List<Row> codes = new ArrayList<>();
        try (BufferedReader r = reader(data.resolve(required(manifest, "hcpcs.file")), StandardCharsets.UTF_8)) {
            Csv csv = new Csv(r);
            int hcpc = csv.column("HCPC");
            int recid = csv.column("RECID");
            int title = csv.column("LONG DESCRIPTION");
            int add = csv.column("ADD DT");
            int term = csv.column("TERM DT");
            int[] xref = {csv.column("XREF1"), csv.column("XREF2"), csv.column("XREF3"), csv.column("XREF4"), csv.column("XREF5")};
            for (List<String> row; (row = csv.next()) != null; ) {
                if (!Csv.get(row, recid).equals("3")) {
                    continue;
                }
                List<String> refs = new ArrayList<>();
                for (int x : xref) {
                    if (!Csv.get(row, x).isEmpty()) {
                        refs.add(Csv.get(row, x));
                    }
                }
                codes.add(new Row(Csv.get(row, hcpc), day(Csv.get(row, add), CodeTable.OPEN_FROM), day(Csv.get(row, term), CodeTable.OPEN_TO),
                        CodeTable.BILLABLE, Csv.get(row, title), String.join(" ", refs)));
            }
        }
        Set<String> cptModifiers = new HashSet<>();
        forEachCsv(data.resolve(required(manifest, "cpt.modifiers")), (csv, row) -> cptModifiers.add(Csv.get(row, csv.column("modifier"))));
        List<Row> modifiers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        forEachCsv(data.resolve(required(manifest, "hcpcs.modifiers")), (csv, row) -> {
            String code = Csv.get(row, csv.column("modifier"));
            seen.add(code);
            // A CPT modifier's text is the AMA's even when the HCPCS file repeats it (P1-P6): withhold it.
            boolean cpt = cptModifiers.contains(code);
            modifiers.add(new Row(code, day(Csv.get(row, csv.column("add_date")), CodeTable.OPEN_FROM),
                    day(Csv.get(row, csv.column("termination_date")), CodeTable.OPEN_TO),
                    CodeTable.BILLABLE | (cpt ? CodeTable.NO_TEXT : 0), cpt ? "" : Csv.get(row, csv.column("long_description")), ""));
        });
        for (String code : cptModifiers) {
            if (!seen.contains(code)) {
                modifiers.add(new Row(code, CodeTable.OPEN_FROM, CodeTable.OPEN_TO, CodeTable.BILLABLE | CodeTable.NO_TEXT, "", ""));
            }
        }
        // The first letters HCPCS Level II uses: those of the quarter's codes, and D, the ADA's CDT dental codes, which
        // are Level II codes that the CMS file does not carry. Positions 2-5 are digits.
        long[] positions = new long[5];
        codes.forEach(row -> CharacterMask.add(positions, row.code()));
        CharacterMask.add(positions, "D0000");
        try (BinaryWriter w = writer("hcpcs.bin")) {
            w.magic("hcpcs", VERSION);
            new Edition(required(manifest, "hcpcs.edition"), date("hcpcs.effective"), date("hcpcs.staleAfter")).write(w);
            w.longs(positions);
            CodeTable.write(w, codes);
            CodeTable.write(w, modifiers);
        }
        System.out.printf("hcpcs: %d codes, %d modifiers (%d CPT)%n", codes.size(), modifiers.size(), cptModifiers.size());
    }

    private void cpt() throws IOException {
        java.util.TreeSet<Long> keys = new java.util.TreeSet<>();
        forEachCsv(data.resolve(required(manifest, "cpt.codes")), (csv, row) -> {
            String code = Csv.get(row, csv.column("hcpcs_code"));
            if (code.matches("\\d{5}|\\d{4}[FTUM]")) {
                keys.add(CodeKey.encode(code));
            }
        });
        try (BinaryWriter w = writer("cpt.bin")) {
            w.magic("cpt", VERSION);
            new Edition(required(manifest, "cpt.edition"), null, null).write(w);
            w.longs(keys.stream().mapToLong(Long::longValue).toArray());
        }
        System.out.printf("cpt: %d code numbers%n", keys.size());
    }

    // ---------------------------------------------------------------- NCCI, MUE, MCE

    private void ncci() throws IOException {
        Edition edition = edition("ncci");
        int editionDay = (int) edition.effective().toEpochDay();
        List<String> rationales = new ArrayList<>();
        List<Integer> deletions = new ArrayList<>();
        long[] packed = new long[1 << 21];
        int n = 0;
        int dropped = 0;
        Map<String, Integer> rationaleIndex = new HashMap<>();
        try (BufferedReader r = reader(data.resolve(required(manifest, "ncci.ptp")), StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (!header.startsWith("column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale")) {
                throw new IllegalArgumentException("unexpected NCCI PTP columns: " + header);
            }
            // 2.5 million rows without quoting: split by hand rather than through the general CSV reader.
            for (String line; (line = r.readLine()) != null; ) {
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                int c = line.indexOf(',', b + 1);
                int d = line.indexOf(',', c + 1);
                if (a < 0 || b < 0 || c < 0 || d < 0 || line.indexOf('"') >= 0) {
                    throw new IllegalArgumentException("unexpected NCCI PTP row: " + line);
                }
                String del = line.substring(b + 1, c);
                int deletion = del.isEmpty() || del.startsWith("9999") ? Integer.MAX_VALUE : (int) LocalDate.parse(del).toEpochDay();
                // Pairs deleted before the edition took effect cannot apply to a claim the edition judges.
                if (deletion < editionDay) {
                    dropped++;
                    continue;
                }
                if (n == packed.length) {
                    packed = java.util.Arrays.copyOf(packed, n * 2);
                }
                String why = stripEnd(line.substring(d + 1));
                int rationale = rationaleIndex.computeIfAbsent(why, k -> indexOf(rationales, k));
                packed[n++] = NcciEdits.pack(line.substring(0, a), line.substring(a + 1, b), line.charAt(c + 1) - '0',
                        rationale, indexOf(deletions, deletion));
            }
        }
        try (BinaryWriter w = writer("ncci-ptp.bin")) {
            NcciEdits.write(w, edition, rationales, deletions, java.util.Arrays.copyOf(packed, n));
        }
        System.out.printf("ncci: %d pairs kept, %d deleted before %s dropped%n", n, dropped, edition.effective());
    }

    private void mue() throws IOException {
        List<String> rationales = new ArrayList<>();
        TreeMap<String, int[]> limits = new TreeMap<>();
        forEachCsv(data.resolve(required(manifest, "mue.file")), (csv, row) -> limits.put(Csv.get(row, csv.column("hcpcs_code")), new int[]{
                Integer.parseInt(Csv.get(row, csv.column("mue_units"))), Integer.parseInt(Csv.get(row, csv.column("mue_mai"))),
                indexOf(rationales, Csv.get(row, csv.column("mue_rationale")))}));
        try (BinaryWriter w = writer("mue.bin")) {
            MueLimits.write(w, edition("mue"), rationales, limits);
        }
        System.out.printf("mue: %d codes%n", limits.size());
    }

    private void mce() throws IOException {
        List<String> rules = new ArrayList<>();
        Map<String, List<Integer>> byCode = new TreeMap<>();
        forEachCsv(data.resolve(required(manifest, "mce.file")), (csv, row) -> {
            String code = Csv.get(row, csv.column("icd_code")).replace(".", "");
            int rule = indexOf(rules, Csv.get(row, csv.column("icd_conflict_rule")));
            List<Integer> list = byCode.computeIfAbsent(code, c -> new ArrayList<>());
            if (!list.contains(rule)) {
                list.add(rule);
            }
        });
        try (BinaryWriter w = writer("mce.bin")) {
            MedicareCodeEditor.write(w, edition("mce"), rules, byCode);
        }
        System.out.printf("mce: %d codes, rules %s%n", byCode.size(), rules);
    }

    // ---------------------------------------------------------------- CARC / RARC, place of service

    private void adjustmentReasons() throws IOException {
        // CARC texts: the newer CMS (BFD) list wins; RARC, groups and dates come from the 2024 list.
        Map<String, String> carcText = new HashMap<>();
        forEachCsv(data.resolve(required(manifest, "adjustment.carcText")), (csv, row) ->
                carcText.put(Csv.get(row, csv.column("code")), Csv.get(row, csv.column("description"))));
        Map<String, AdjustmentReasons.Row> rows = new LinkedHashMap<>();
        forEachCsv(data.resolve(required(manifest, "adjustment.file")), (csv, row) -> {
            AdjustmentReasons.Kind kind = switch (Csv.get(row, csv.column("adj_type"))) {
                case "CARC" -> AdjustmentReasons.Kind.CARC;
                case "RARC" -> AdjustmentReasons.Kind.RARC;
                case "Group" -> AdjustmentReasons.Kind.GROUP;
                default -> null;
            };
            if (kind == null) {
                return;
            }
            String code = Csv.get(row, csv.column("adj_code"));
            String text = kind == AdjustmentReasons.Kind.CARC ? carcText.getOrDefault(code, Csv.get(row, csv.column("adj_description")))
                    : Csv.get(row, csv.column("adj_description"));
            rows.put(kind + ":" + code, new AdjustmentReasons.Row(kind, code, text, isoOrNull(Csv.get(row, csv.column("adj_start_date"))),
                    isoOrNull(Csv.get(row, csv.column("adj_end_date")))));
        });
        carcText.forEach((code, text) -> rows.putIfAbsent("CARC:" + code, new AdjustmentReasons.Row(AdjustmentReasons.Kind.CARC, code, text, null, null)));
        try (BinaryWriter w = writer("adjustment.bin")) {
            AdjustmentReasons.write(w, edition("adjustment"), new ArrayList<>(rows.values()));
        }
        System.out.printf("adjustment reasons: %d%n", rows.size());
    }

    private void placesOfService() throws IOException {
        List<PlacesOfService.Row> rows = new ArrayList<>();
        forEachCsv(data.resolve(required(manifest, "pos.file")), (csv, row) -> rows.add(new PlacesOfService.Row(
                Csv.get(row, csv.column("pos_code")), Csv.get(row, csv.column("pos_name")), Csv.get(row, csv.column("pos_description")),
                Csv.get(row, csv.column("pos_type")).equalsIgnoreCase("Facility"))));
        try (BinaryWriter w = writer("pos.bin")) {
            PlacesOfService.write(w, edition("pos"), rows);
        }
        System.out.printf("place of service: %d%n", rows.size());
    }

    // ---------------------------------------------------------------- helpers

    @FunctionalInterface
    private interface RowHandler {
        void accept(Csv csv, List<String> row) throws IOException;
    }

    /** Calls the handler for each record of a CSV file; a missing optional change list is skipped. */
    private static void forEachCsv(Path file, RowHandler handler) throws IOException {
        if (!Files.exists(file)) {
            if (file.getParent() != null && file.getParent().getFileName().toString().endsWith("-changes")) {
                return;
            }
            throw new IOException("missing " + file);
        }
        try (BufferedReader r = reader(file, StandardCharsets.UTF_8)) {
            Csv csv = new Csv(r);
            for (List<String> row; (row = csv.next()) != null; ) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                handler.accept(csv, row);
            }
        }
    }

    private static BufferedReader reader(Path file, Charset charset) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    private BinaryWriter writer(String name) throws IOException {
        Files.createDirectories(out);
        OutputStream o = Files.newOutputStream(out.resolve(name));
        return new BinaryWriter(o);
    }

    private Edition edition(String prefix) {
        return new Edition(required(manifest, prefix + ".edition"), date(prefix + ".effective"), date(prefix + ".staleAfter"));
    }

    private LocalDate date(String property) {
        String v = manifest.getProperty(property);
        return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
    }

    private static <T> int indexOf(List<T> list, T value) {
        int i = list.indexOf(value);
        if (i < 0) {
            list.add(value);
            i = list.size() - 1;
        }
        return i;
    }

    private static int day(String yyyymmdd, int open) {
        return yyyymmdd.isEmpty() ? open : (int) LocalDate.parse(yyyymmdd, YMD).toEpochDay();
    }

    private static LocalDate isoOrNull(String iso) {
        return iso.isEmpty() || iso.equals("NA") ? null : LocalDate.parse(iso.substring(0, 10));
    }

    private static String stripEnd(String line) {
        int e = line.length();
        while (e > 0 && (line.charAt(e - 1) == '\r' || line.charAt(e - 1) == '\n')) {
            e--;
        }
        return line.substring(0, e);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing property " + key);
        }
        return v.strip();
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
