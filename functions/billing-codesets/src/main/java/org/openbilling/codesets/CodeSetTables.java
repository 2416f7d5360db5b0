package org.openbilling.codesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

/**
 * The code sets held in-process, from the binary tables built by {@code TableGenerator}: ICD-10-CM by edition,
 * ICD-9-CM with the GEMs crosswalk, HCPCS Level II, modifiers and CPT code numbers; plus the claim-scrubber
 * reference data (NCCI, MUE, MCE, CARC/RARC, place of service). Immutable and thread-safe; load once.
 *
 * <p>Dates outside what is held: ICD-10-CM before its first held edition is an ERROR {@code edition-not-held} (the
 * code cannot be confirmed; such dates are also past timely filing); after the newest edition's year the newest
 * edition judges, with a WARNING {@code edition-stale}, so stale data never blocks a claim on its own. The same
 * WARNING applies to HCPCS and modifiers after the newest quarter held.
 */
public final class CodeSetTables implements CodeSets {
    /** First date of service of ICD-10-CM in the US; ICD-9-CM applies before it. */
    public static final LocalDate ICD10_START = LocalDate.of(2015, 10, 1);

    private static final int CHILDREN_LIMIT = 15;
    private static final int SUGGESTION_LIMIT = 10;
    private static final int SEARCH_LIMIT_MAX = 1000;
    private static final int ICD10_START_DAY = (int) ICD10_START.toEpochDay();
    private static volatile CodeSetTables shared;

    private final List<Edition> icd10Editions;
    private final int[] icd10EditionDays;
    private final int icd10StaleAfterDay;
    private final CodeTable icd10;
    private final Edition icd9Edition;
    private final int icd9LastDay;
    private final CodeTable icd9;
    private final Gems gems;
    private final Edition hcpcsEdition;
    private final int hcpcsStaleAfterDay;
    private final CodeTable hcpcs;
    private final CodeTable modifiers;
    private final Edition cptEdition;
    private final long[] cptKeys;
    private final NcciEdits ncci;
    private final MueLimits mue;
    private final MedicareCodeEditor mce;
    private final AdjustmentReasons adjustmentReasons;
    private final PlacesOfService placesOfService;

    private CodeSetTables() {
        // Two halves of about the same size read in parallel (the tables are independent): ICD-10-CM here, the rest
        // (NCCI first, the largest) on a helper thread.
        // An anonymous class rather than a lambda keeps lambda bootstrapping off the cold-start path.
        final Object[] rest = new Object[13];
        final Throwable[] failure = new Throwable[1];
        Thread helper = new Thread("code-set-load") {
            @Override
            public void run() {
                try {
                    rest[12] = NcciEdits.read(BinaryReader.resource("ncci-ptp.bin"));
                    BinaryReader in = BinaryReader.resource("icd9cm.bin");
                    in.expect("icd9cm", 1);
                    rest[0] = Edition.read(in);
                    rest[1] = CodeTable.read(in);
                    rest[2] = new Gems(BinaryReader.resource("gems.bin"));
                    in = BinaryReader.resource("hcpcs.bin");
                    in.expect("hcpcs", 1);
                    rest[3] = Edition.read(in);
                    rest[4] = CodeTable.read(in);
                    rest[5] = CodeTable.read(in);
                    in = BinaryReader.resource("cpt.bin");
                    in.expect("cpt", 1);
                    rest[6] = Edition.read(in);
                    rest[7] = in.longs();
                    rest[8] = MueLimits.read(BinaryReader.resource("mue.bin"));
                    rest[9] = MedicareCodeEditor.read(BinaryReader.resource("mce.bin"));
                    rest[10] = AdjustmentReasons.read(BinaryReader.resource("adjustment.bin"));
                    rest[11] = PlacesOfService.read(BinaryReader.resource("pos.bin"));
                } catch (Throwable t) {
                    failure[0] = t;
                }
            }
        };
        helper.setDaemon(true);
        helper.start();

        BinaryReader in = BinaryReader.resource("icd10cm.bin");
        in.expect("icd10cm", 1);
        int count = in.i32();
        Edition[] editions = new Edition[count];
        icd10EditionDays = new int[count];
        for (int i = 0; i < count; i++) {
            editions[i] = Edition.read(in);
            icd10EditionDays[i] = (int) editions[i].effective().toEpochDay();
        }
        icd10Editions = List.of(editions);
        icd10StaleAfterDay = (int) editions[count - 1].staleAfter().toEpochDay();
        icd10 = CodeTable.read(in);
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading code sets", e);
        }
        if (failure[0] != null) {
            throw new IllegalStateException("cannot load code set tables", failure[0]);
        }
        icd9Edition = (Edition) rest[0];
        icd9LastDay = (int) icd9Edition.staleAfter().toEpochDay();
        icd9 = (CodeTable) rest[1];
        gems = (Gems) rest[2];
        hcpcsEdition = (Edition) rest[3];
        hcpcsStaleAfterDay = hcpcsEdition.staleAfter() == null ? Integer.MAX_VALUE : (int) hcpcsEdition.staleAfter().toEpochDay();
        hcpcs = (CodeTable) rest[4];
        modifiers = (CodeTable) rest[5];
        cptEdition = (Edition) rest[6];
        cptKeys = (long[]) rest[7];
        mue = (MueLimits) rest[8];
        mce = (MedicareCodeEditor) rest[9];
        adjustmentReasons = (AdjustmentReasons) rest[10];
        placesOfService = (PlacesOfService) rest[11];
        ncci = (NcciEdits) rest[12];
    }

    /** The shared instance, loaded from the class path on first use (safe to call from any thread). */
    public static CodeSetTables load() {
        CodeSetTables s = shared;
        if (s == null) {
            synchronized (CodeSetTables.class) {
                s = shared;
                if (s == null) {
                    s = new CodeSetTables();
                    shared = s;
                }
            }
        }
        return s;
    }

    /** A new instance read from the class path (for measurements; use {@link #load()} otherwise). */
    public static CodeSetTables loadFresh() {
        return new CodeSetTables();
    }

    /** ICD-10-CM editions held, oldest first. */
    public List<Edition> icd10cmEditions() {
        return icd10Editions;
    }

    /** The HCPCS Level II quarter held (also dates the Level II modifiers). */
    public Edition hcpcsEdition() {
        return hcpcsEdition;
    }

    /** NCCI procedure-to-procedure edits. */
    public NcciEdits ncciEdits() {
        return ncci;
    }

    /** NCCI medically unlikely edits. */
    public MueLimits mueLimits() {
        return mue;
    }

    /** Medicare Code Editor age/sex/manifestation lists. */
    public MedicareCodeEditor medicareCodeEditor() {
        return mce;
    }

    /** CARC, RARC and group codes. */
    public AdjustmentReasons adjustmentReasons() {
        return adjustmentReasons;
    }

    /** Place-of-service codes. */
    public PlacesOfService placesOfService() {
        return placesOfService;
    }

    // ------------------------------------------------------------------------------------------ CodeSets

    @Override
    public CodeValidation validate(CodeSystem system, String code, LocalDate on) {
        return judge(system, code, on).validation();
    }

    @Override
    public Optional<Code> lookup(CodeSystem system, String code, LocalDate on) {
        Verdict v = judge(system, code, on);
        CodeValidation cv = v.validation();
        if (!cv.valid()) {
            return Optional.empty();
        }
        return Optional.of(new Code(system, cv.normalized(), cv.display(), cv.billable(), v.validFrom(), v.validTo()));
    }

    @Override
    public List<Code> search(CodeSystem system, String text, LocalDate on, int limit) {
        if (system == null || text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        int max = Math.min(limit, SEARCH_LIMIT_MAX);
        int day = day(on);
        try {
            return switch (system) {
                case ICD10CM -> day < icd10EditionDays[0] ? List.<Code>of()
                        : searchTable(CodeSystem.ICD10CM, icd10, text, day, max, CodeFormats.icd10cm(prefixOnly(text, 1)));
                case ICD9CM -> day > icd9LastDay ? List.<Code>of()
                        : searchTable(CodeSystem.ICD9CM, icd9, text, day, max, CodeFormats.icd9cm(prefixOnly(text, 3)));
                case HCPCS -> searchTable(CodeSystem.HCPCS, hcpcs, text, day, max, null);
                case MODIFIER -> searchTable(CodeSystem.MODIFIER, modifiers, text, day, max, null);
                case CPT -> searchCpt(text, max);
            };
        } catch (RuntimeException e) {
            // Search is best effort: a defect must not fail the caller's request.
            return List.of();
        }
    }

    // ------------------------------------------------------------------------------------------ validation

    /** A validation and the validity range of the entry that judged it (for {@link Code}), as epoch days or open. */
    private record Verdict(CodeValidation validation, int from, int to) {
        Verdict(CodeValidation validation, LocalDate validFrom, LocalDate validTo) {
            this(validation, validFrom == null ? CodeTable.OPEN_FROM : (int) validFrom.toEpochDay(),
                    validTo == null ? CodeTable.OPEN_TO : (int) validTo.toEpochDay());
        }

        Verdict(CodeValidation validation, CodeTable table, int entry) {
            this(validation, table.from(entry), table.to(entry));
        }

        LocalDate validFrom() {
            return from == CodeTable.OPEN_FROM ? null : LocalDate.ofEpochDay(from);
        }

        LocalDate validTo() {
            return to == CodeTable.OPEN_TO ? null : LocalDate.ofEpochDay(to);
        }
    }

    private Verdict judge(CodeSystem system, String code, LocalDate on) {
        if (system == null) {
            return new Verdict(new CodeValidation(null, code, CodeFormats.clean(code), false, false, "", "",
                    List.of(CodeIssue.error("code-system-required", "a code system is required")), List.of()), null, null);
        }
        int day = day(on);
        try {
            return switch (system) {
                case ICD10CM -> icd10cm(code, day);
                case ICD9CM -> icd9cm(code, day);
                case HCPCS -> hcpcs(code, day);
                case MODIFIER -> modifier(code, day);
                case CPT -> cpt(code);
            };
        } catch (RuntimeException e) {
            // Validation never throws on input; a defect is reported as a finding rather than failing the claim flow.
            return new Verdict(new CodeValidation(system, code, CodeFormats.clean(code), false, false, "", "",
                    List.of(CodeIssue.error("code-check-failed", "the code could not be checked: " + e)), List.of()), null, null);
        }
    }

    private static int day(LocalDate on) {
        return (int) (on == null ? LocalDate.now() : on).toEpochDay();
    }

    private static LocalDate date(int day) {
        return LocalDate.ofEpochDay(day);
    }

    private static LocalDate fromDate(CodeTable t, int e) {
        return t.from(e) == CodeTable.OPEN_FROM ? null : date(t.from(e));
    }

    private static LocalDate toDate(CodeTable t, int e) {
        return t.to(e) == CodeTable.OPEN_TO ? null : date(t.to(e));
    }

    private static Verdict malformed(CodeSystem system, String input, Normalized n, String rule, String edition) {
        return new Verdict(new CodeValidation(system, input, n.dotted(), false, false, "", edition,
                List.of(CodeIssue.error(rule, n.problem())), List.of()), null, null);
    }

    // ---- ICD-10-CM

    /** Index of the edition in force on a day, or -1 before the first; the newest after its year. */
    private int icd10EditionIndex(int day) {
        int i = icd10EditionDays.length - 1;
        while (i >= 0 && icd10EditionDays[i] > day) {
            i--;
        }
        return i;
    }

    private String heldIcd10Editions() {
        return icd10Editions.stream().map(e -> e.name() + " from " + e.effective()).collect(Collectors.joining(", "));
    }

    private Verdict icd10cm(String input, int day) {
        Normalized n = CodeFormats.icd10cm(input);
        Edition oldest = icd10Editions.get(0);
        if (!n.ok()) {
            int ei = icd10EditionIndex(day);
            return malformed(CodeSystem.ICD10CM, input, n, "icd10cm-format", icd10Editions.get(Math.max(0, ei)).name());
        }
        if (day < ICD10_START_DAY) {
            List<Code> icd9 = gems.backward(n.key()).stream().map(k -> icd9Code(k, day)).flatMap(Optional::stream).toList();
            return new Verdict(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), false, false, "", icd9Edition.name(),
                    List.of(CodeIssue.error("icd10cm-before-icd10-start", "ICD-10-CM applies to dates of service from " + ICD10_START
                            + "; report ICD-9-CM for " + date(day) + (icd9.isEmpty() ? "" : " (GEMs candidates suggested)"))), icd9), null, null);
        }
        int ei = icd10EditionIndex(day);
        if (ei < 0) {
            int e = icd10.nearest(n.key(), icd10EditionDays[0]);
            return new Verdict(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), false, false, e < 0 ? "" : icd10.title(e), oldest.name(),
                    List.of(CodeIssue.error("edition-not-held", "no ICD-10-CM edition for " + date(day) + " is held (held: " + heldIcd10Editions()
                            + "); the code cannot be confirmed")), List.of()), null, null);
        }
        Edition edition = icd10Editions.get(ei);
        // The happy path allocates no issue list: validation runs millions of times a second.
        List<CodeIssue> issues = List.of();
        if (day > icd10StaleAfterDay) {
            issues = new ArrayList<>(2);
            issues.add(CodeIssue.warning("edition-stale", "no ICD-10-CM edition after " + edition.name() + " is held; " + date(day)
                    + " is judged by " + edition.name() + ", which was current until " + edition.staleAfter()));
        }
        int e = icd10.find(n.key(), day);
        if (e >= 0) {
            if (icd10.billable(e)) {
                return new Verdict(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), true, true, icd10.title(e), edition.name(),
                        issues, List.of()), icd10, e);
            }
            issues = new ArrayList<>(issues);
            issues.add(CodeIssue.error("code-not-billable", n.dotted() + " is a header in " + edition.name()
                    + "; report one of its more specific codes"));
            return new Verdict(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), true, false, icd10.title(e), edition.name(),
                    issues, billableChildren(icd10, CodeSystem.ICD10CM, n.key(), n.length(), day, CHILDREN_LIMIT)),
                    icd10, e);
        }
        int other = icd10.nearest(n.key(), day);
        List<Code> suggestions;
        String message;
        if (other >= 0 && icd10.to(other) < day) {
            int deletedOn = icd10.to(other) + 1;
            message = n.dotted() + " was deleted from ICD-10-CM in " + icd10EditionNamed(deletedOn) + " (effective " + date(deletedOn)
                    + "); not valid in " + edition.name();
            suggestions = related(n, icd10.title(other), day, e2 -> icd10.from(e2) == deletedOn && !hasEntryEndingOn(icd10.key(e2), deletedOn - 1));
        } else if (other >= 0) {
            int addedOn = icd10.from(other);
            message = n.dotted() + " is added to ICD-10-CM in " + icd10EditionNamed(addedOn) + " (effective " + date(addedOn)
                    + "); not valid in " + edition.name();
            suggestions = related(n, icd10.title(other), day, e2 -> icd10.to(e2) == addedOn - 1 && !hasEntryStartingOn(icd10.key(e2), addedOn));
        } else {
            message = n.dotted() + " is not an ICD-10-CM code in " + edition.name();
            suggestions = related(n, "", day, e2 -> false);
        }
        issues = new ArrayList<>(issues);
        issues.add(CodeIssue.error("code-not-in-edition", message));
        return new Verdict(new CodeValidation(CodeSystem.ICD10CM, input, n.dotted(), false, false, other >= 0 ? icd10.title(other) : "",
                edition.name(), issues, suggestions), null, null);
    }

    private String icd10EditionNamed(int effectiveDay) {
        for (int i = 0; i < icd10EditionDays.length; i++) {
            if (icd10EditionDays[i] == effectiveDay) {
                return icd10Editions.get(i).name();
            }
        }
        return "the edition of " + date(effectiveDay);
    }

    private boolean hasEntryEndingOn(long key, int day) {
        for (int i = icd10.lowerBound(key); i < icd10.size() && icd10.key(i) == key; i++) {
            if (icd10.to(i) == day) {
                return true;
            }
        }
        return false;
    }

    private boolean hasEntryStartingOn(long key, int day) {
        for (int i = icd10.lowerBound(key); i < icd10.size() && icd10.key(i) == key; i++) {
            if (icd10.from(i) == day) {
                return true;
            }
        }
        return false;
    }

    /**
     * Suggestions for an ICD-10-CM code not in force: the code with its missing X placeholders; successors (or
     * predecessors) in the same category, most alike first; else the billable codes under its nearest ancestor.
     */
    private List<Code> related(Normalized n, String title, int day, java.util.function.IntPredicate changedAlongside) {
        Set<Code> out = new LinkedHashSet<>();
        String bare = n.bare();
        char last = bare.charAt(bare.length() - 1);
        if (bare.length() >= 4 && bare.length() < 7 && Character.isLetter(last)) {
            String padded = bare.substring(0, bare.length() - 1) + "X".repeat(7 - bare.length()) + last;
            int p = icd10.find(CodeKey.encode(padded), day);
            if (p >= 0) {
                out.add(icd10Code(p));
            }
        }
        long category = CodeKey.encode(bare.substring(0, 3));
        long end = CodeKey.prefixEnd(category, 3);
        List<int[]> scored = new ArrayList<>();
        List<String> titleWords = CodeTable.tokenize(title);
        for (int i = icd10.lowerBound(category); i < icd10.size() && icd10.key(i) < end; i++) {
            if (icd10.billable(i) && icd10.inForce(i, day) && changedAlongside.test(i)) {
                scored.add(new int[]{similarity(bare, icd10.code(i), titleWords, icd10.title(i)), i});
            }
        }
        scored.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        for (int k = 0; k < scored.size() && out.size() < SUGGESTION_LIMIT; k++) {
            out.add(icd10Code(scored.get(k)[1]));
        }
        for (int len = bare.length() - 1; out.isEmpty() && len >= 3; len--) {
            long ancestor = CodeKey.encode(bare.substring(0, len));
            int a = icd10.find(ancestor, day);
            if (a >= 0) {
                if (icd10.billable(a)) {
                    out.add(icd10Code(a));
                } else {
                    out.addAll(billableChildren(icd10, CodeSystem.ICD10CM, ancestor, len, day, SUGGESTION_LIMIT));
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

    private Code icd10Code(int e) {
        return new Code(CodeSystem.ICD10CM, dotted10(icd10.code(e)), icd10.title(e), icd10.billable(e), fromDate(icd10, e), toDate(icd10, e));
    }

    private static String dotted10(String bare) {
        return bare.length() > 3 ? bare.substring(0, 3) + "." + bare.substring(3) : bare;
    }

    private static String dotted9(String bare) {
        int category = bare.startsWith("E") ? 4 : 3;
        return bare.length() > category ? bare.substring(0, category) + "." + bare.substring(category) : bare;
    }

    private List<Code> billableChildren(CodeTable t, CodeSystem system, long key, int length, int day, int limit) {
        List<Code> out = new ArrayList<>();
        long end = CodeKey.prefixEnd(key, length);
        for (int i = t.lowerBound(key); i < t.size() && t.key(i) < end && out.size() < limit; i++) {
            if (t.key(i) != key && t.billable(i) && t.inForce(i, day)) {
                out.add(system == CodeSystem.ICD10CM ? icd10Code(i) : icd9Code(i));
            }
        }
        return out;
    }

    // ---- ICD-9-CM

    private Code icd9Code(int e) {
        return new Code(CodeSystem.ICD9CM, dotted9(icd9.code(e)), icd9.title(e), icd9.billable(e), null, toDate(icd9, e));
    }

    private Optional<Code> icd9Code(long key, int day) {
        int e = icd9.find(key, Math.min(day, icd9LastDay));
        return e < 0 ? Optional.empty() : Optional.of(icd9Code(e));
    }

    private Verdict icd9cm(String input, int day) {
        Normalized n = CodeFormats.icd9cm(input);
        if (!n.ok()) {
            return malformed(CodeSystem.ICD9CM, input, n, "icd9cm-format", icd9Edition.name());
        }
        String edition = icd9Edition.name();
        int e = icd9.find(n.key(), Math.min(day, icd9LastDay));
        boolean header = e < 0 && !billableChildren(icd9, CodeSystem.ICD9CM, n.key(), n.length(), icd9LastDay, 1).isEmpty();
        if (e < 0 && !header) {
            return new Verdict(new CodeValidation(CodeSystem.ICD9CM, input, n.dotted(), false, false, "", edition,
                    List.of(CodeIssue.error("code-not-in-edition", n.dotted() + " is not an ICD-9-CM diagnosis code in " + edition)), List.of()), null, null);
        }
        String display = e >= 0 ? icd9.title(e) : "";
        if (day > icd9LastDay) {
            List<Code> candidates = icd10Candidates(n.key(), day);
            return new Verdict(new CodeValidation(CodeSystem.ICD9CM, input, n.dotted(), false, false, display, edition,
                    List.of(CodeIssue.error("icd9-after-icd10-start", "ICD-9-CM is not valid for dates of service from " + ICD10_START
                            + "; report ICD-10-CM" + (candidates.isEmpty() ? "" : " (GEMs 2018 candidates suggested, checked against "
                            + icd10Editions.get(Math.max(0, icd10EditionIndex(day))).name() + ")"))), candidates), null, null);
        }
        if (header) {
            return new Verdict(new CodeValidation(CodeSystem.ICD9CM, input, n.dotted(), true, false, "", edition,
                    List.of(CodeIssue.error("code-not-billable", n.dotted() + " is a category in " + edition + "; report one of its more specific codes")),
                    billableChildren(icd9, CodeSystem.ICD9CM, n.key(), n.length(), day, CHILDREN_LIMIT)), null, date(icd9LastDay));
        }
        return new Verdict(new CodeValidation(CodeSystem.ICD9CM, input, n.dotted(), true, true, display, edition, List.of(), List.of()),
                null, date(icd9LastDay));
    }

    /** GEMs forward candidates, checked against the ICD-10-CM edition in force (or the nearest held); headers become their children. */
    private List<Code> icd10Candidates(long icd9Key, int day) {
        int judgeDay = Math.max(day, icd10EditionDays[0]);
        Set<Code> out = new LinkedHashSet<>();
        for (long target : gems.forward(icd9Key)) {
            int e = icd10.find(target, judgeDay);
            if (e < 0) {
                continue;
            }
            if (icd10.billable(e)) {
                out.add(icd10Code(e));
            } else {
                out.addAll(billableChildren(icd10, CodeSystem.ICD10CM, target, CodeKey.length(target), judgeDay, 5));
            }
            if (out.size() >= 2 * SUGGESTION_LIMIT) {
                break;
            }
        }
        return List.copyOf(out);
    }

    // ---- HCPCS and modifiers

    private Verdict hcpcs(String input, int day) {
        Normalized n = CodeFormats.hcpcs(input);
        if (!n.ok()) {
            return malformed(CodeSystem.HCPCS, input, n, "hcpcs-format", hcpcsEdition.name());
        }
        return dated(CodeSystem.HCPCS, hcpcs, hcpcsEdition.name(), input, n, day, true);
    }

    private Verdict modifier(String input, int day) {
        Normalized n = CodeFormats.modifier(input);
        if (!n.ok()) {
            return malformed(CodeSystem.MODIFIER, input, n, "modifier-format", hcpcsEdition.name() + " modifiers");
        }
        int any = modifiers.nearest(n.key(), day);
        boolean cpt = any >= 0 && !modifiers.hasText(any);
        return dated(CodeSystem.MODIFIER, modifiers, cpt ? "CPT modifiers (CMS list)" : hcpcsEdition.name() + " modifiers", input, n, day, !cpt);
    }

    /** HCPCS-style validity: the code's own add and termination dates; after the quarter held, a staleness warning. */
    private Verdict dated(CodeSystem system, CodeTable table, String edition, String input, Normalized n, int day, boolean datedByQuarter) {
        List<CodeIssue> issues = new ArrayList<>(1);
        if (datedByQuarter && day > hcpcsStaleAfterDay) {
            issues.add(CodeIssue.warning("edition-stale", date(day) + " is after the newest HCPCS quarter held (" + hcpcsEdition.name()
                    + ", current until " + hcpcsEdition.staleAfter() + "); codes added or ended since are not known"));
        }
        int e = table.find(n.key(), day);
        if (e >= 0) {
            return new Verdict(new CodeValidation(system, input, n.dotted(), true, table.billable(e), table.title(e), edition,
                    issues.isEmpty() ? List.of() : issues, List.of()), table, e);
        }
        int other = table.nearest(n.key(), day);
        List<Code> suggestions = List.of();
        if (other < 0) {
            issues.add(CodeIssue.error("code-not-in-edition", n.dotted() + " is not a " + (system == CodeSystem.HCPCS ? "HCPCS Level II code" : "modifier")
                    + " in " + edition));
        } else if (table.to(other) < day) {
            issues.add(CodeIssue.error("code-terminated", n.dotted() + " was terminated on " + date(table.to(other)) + " (" + edition + ")"));
            suggestions = crossReferences(table.related(other), day);
        } else {
            issues.add(CodeIssue.error("code-not-yet-effective", n.dotted() + " takes effect on " + date(table.from(other)) + " (" + edition + ")"));
        }
        return new Verdict(new CodeValidation(system, input, n.dotted(), false, false, other >= 0 ? table.title(other) : "", edition, issues,
                suggestions), null, null);
    }

    /** HCPCS cross-references of a terminated code that are valid on the day (HCPCS Level II or CPT numbers). */
    private List<Code> crossReferences(List<String> refs, int day) {
        List<Code> out = new ArrayList<>();
        for (String ref : refs) {
            Normalized h = CodeFormats.hcpcs(ref);
            if (h.ok()) {
                int e = hcpcs.find(h.key(), day);
                if (e >= 0) {
                    out.add(new Code(CodeSystem.HCPCS, h.bare(), hcpcs.title(e), true, fromDate(hcpcs, e), toDate(hcpcs, e)));
                }
            } else if (CodeFormats.cpt(ref).ok()) {
                out.add(new Code(CodeSystem.CPT, ref, "", true, null, null));
            }
        }
        return out;
    }

    // ---- CPT

    private Verdict cpt(String input) {
        Normalized n = CodeFormats.cpt(input);
        if (!n.ok()) {
            return malformed(CodeSystem.CPT, input, n, "cpt-format", cptEdition.name());
        }
        List<CodeIssue> issues = java.util.Arrays.binarySearch(cptKeys, n.key()) >= 0 ? List.of()
                : List.of(CodeIssue.warning("cpt-not-in-fee-schedule", n.bare() + " is not in " + cptEdition.name()
                + "; check that it is a current CPT code"));
        // The display is always empty: CPT descriptions are the AMA's and are not shipped.
        return new Verdict(new CodeValidation(CodeSystem.CPT, input, n.bare(), true, true, "", cptEdition.name(), issues, List.of()), null, null);
    }

    private List<Code> searchCpt(String text, int limit) {
        String prefix = CodeFormats.clean(text);
        long key = CodeKey.encode(prefix);
        if (key < 0 || prefix.length() > 5) {
            return List.of();
        }
        long end = CodeKey.prefixEnd(key, prefix.length());
        int i = java.util.Arrays.binarySearch(cptKeys, key);
        List<Code> out = new ArrayList<>();
        for (i = i >= 0 ? i : -i - 1; i < cptKeys.length && cptKeys[i] < end && out.size() < limit; i++) {
            out.add(new Code(CodeSystem.CPT, CodeKey.decode(cptKeys[i]), "", true, null, null));
        }
        return out;
    }

    // ---- search

    /** The query with spaces and dots removed when it could be a code prefix, else "" (so it is not treated as one). */
    private static String prefixOnly(String text, int minLength) {
        String c = CodeFormats.clean(text).replace(".", "");
        return c.length() >= minLength && CodeKey.encode(c) >= 0 ? c : "";
    }

    private List<Code> searchTable(CodeSystem system, CodeTable table, String text, int day, int limit, Normalized codeShape) {
        Set<Integer> hits = new LinkedHashSet<>();
        String prefix = CodeFormats.clean(text).replace(".", "");
        long key = CodeKey.encode(prefix);
        boolean codeLike = key >= 0 && (codeShape == null || codeShape.ok() || prefix.length() < 3);
        if (codeLike) {
            long end = CodeKey.prefixEnd(key, prefix.length());
            for (int i = table.lowerBound(key); i < table.size() && table.key(i) < end && hits.size() < limit; i++) {
                if (table.inForce(i, day)) {
                    hits.add(i);
                }
            }
        }
        if (hits.size() < limit) {
            for (int e : table.search(CodeTable.tokenize(text), day, limit)) {
                hits.add(e);
                if (hits.size() >= limit) {
                    break;
                }
            }
        }
        List<Code> out = new ArrayList<>(hits.size());
        for (int e : hits) {
            out.add(switch (system) {
                case ICD10CM -> icd10Code(e);
                case ICD9CM -> icd9Code(e);
                default -> new Code(system, table.code(e), table.title(e), table.billable(e), fromDate(table, e), toDate(table, e));
            });
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ GEMs

    /** The 2018 GEMs: ICD-9-CM to ICD-10-CM (forward) and ICD-10-CM to ICD-9-CM (backward), keyed by source. */
    private static final class Gems {
        private final long[] forwardKeys;
        private final long[] forwardValues;
        private final long[] backwardKeys;
        private final long[] backwardValues;

        Gems(BinaryReader in) {
            in.expect("gems", 1);
            forwardKeys = in.longs();
            forwardValues = in.longs();
            in.ints();
            backwardKeys = in.longs();
            backwardValues = in.longs();
            in.ints();
        }

        List<Long> forward(long icd9) {
            return targets(forwardKeys, forwardValues, icd9);
        }

        List<Long> backward(long icd10) {
            return targets(backwardKeys, backwardValues, icd10);
        }

        private static List<Long> targets(long[] keys, long[] values, long key) {
            int i = java.util.Arrays.binarySearch(keys, key);
            if (i < 0) {
                return List.of();
            }
            while (i > 0 && keys[i - 1] == key) {
                i--;
            }
            List<Long> out = new ArrayList<>();
            for (; i < keys.length && keys[i] == key; i++) {
                if (!out.contains(values[i])) {
                    out.add(values[i]);
                }
            }
            return out;
        }
    }
}
