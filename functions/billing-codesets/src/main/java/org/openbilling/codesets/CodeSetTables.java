package org.openbilling.codesets;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbilling.codesets.index.AlphabeticIndex;
import org.openbilling.codesets.index.CoderSearch;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.tabular.InstructionEdits;
import org.openbilling.codesets.tabular.TabularList;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeMatch;
import org.openbilling.domain.codes.CodeNotes;
import org.openbilling.domain.codes.CodeSearch;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.codes.RuleSeverities;

/**
 * The code sets held in-process, from the binary tables built by {@code TableGenerator}: one {@link CodeSystemTable}
 * per code system (ICD-10-CM by edition, ICD-9-CM with the GEMs crosswalk, HCPCS Level II, modifiers and CPT code
 * numbers) plus the claim-scrubber reference data (NCCI, MUE, MCE, CARC/RARC, place of service). Immutable and
 * thread-safe; load once.
 *
 * <p>Dates outside what is held: ICD-10-CM before its first held edition is an ERROR {@code edition-not-held} (the
 * code cannot be confirmed; such dates are also past timely filing); after the newest edition's year the newest
 * edition judges, with a WARNING {@code edition-stale}, so stale data never blocks a claim on its own. The same
 * WARNING applies to HCPCS and modifiers after the newest quarter held.
 */
public final class CodeSetTables implements CodeSets {
    /** First date of service of ICD-10-CM in the US; ICD-9-CM applies before it. */
    public static final LocalDate ICD10_START = Crosswalk.ICD10_START;

    private static final int SEARCH_LIMIT_MAX = 1000;
    private static volatile CodeSetTables shared;

    private final Icd10Editions icd10Editions;
    private final Icd10Cm icd10;
    private final TabularList tabular;
    private final HcpcsQuarter hcpcsQuarter;
    /** The code-system tables by {@link CodeSystem#ordinal()}. */
    private final CodeSystemTable[] bySystem;
    private final NcciEdits ncci;
    private final MueLimits mue;
    private final MedicareCodeEditor mce;
    private final AdjustmentReasons adjustmentReasons;
    private final PlacesOfService placesOfService;
    private volatile CoderSearch coderSearch;

    /** The tables other than ICD-10-CM, read together on the helper thread. */
    private record OtherTables(NcciEdits ncci, TabularList tabular, Icd9Cm.Data icd9, Gems gems, HcpcsQuarter hcpcs, Cpt cpt, MueLimits mue,
                               MedicareCodeEditor mce, AdjustmentReasons adjustmentReasons, PlacesOfService placesOfService) {
        static OtherTables read() {
            // NCCI first: the largest.
            NcciEdits ncci = NcciEdits.read(BinaryReader.resource("ncci-ptp.bin"));
            TabularList tabular = TabularList.read(BinaryReader.resource("tabular.bin"));
            Icd9Cm.Data icd9 = Icd9Cm.Data.read(BinaryReader.resource("icd9cm.bin"));
            Gems gems = Gems.read(BinaryReader.resource("gems.bin"));
            HcpcsQuarter hcpcs = HcpcsQuarter.read(BinaryReader.resource("hcpcs.bin"));
            Cpt cpt = Cpt.read(BinaryReader.resource("cpt.bin"));
            MueLimits mue = MueLimits.read(BinaryReader.resource("mue.bin"));
            MedicareCodeEditor mce = MedicareCodeEditor.read(BinaryReader.resource("mce.bin"));
            AdjustmentReasons adjustmentReasons = AdjustmentReasons.read(BinaryReader.resource("adjustment.bin"));
            PlacesOfService placesOfService = PlacesOfService.read(BinaryReader.resource("pos.bin"));
            return new OtherTables(ncci, tabular, icd9, gems, hcpcs, cpt, mue, mce, adjustmentReasons, placesOfService);
        }
    }

    /** Reads {@link OtherTables} on its own thread; a named class rather than a lambda keeps lambda bootstrapping off the cold start. */
    private static final class OtherTablesLoader extends Thread {
        private OtherTables tables;
        private Throwable failure;

        OtherTablesLoader() {
            super("code-set-load");
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                tables = OtherTables.read();
            } catch (Throwable t) {
                failure = t;
            }
        }

        OtherTables await() {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading code sets", e);
            }
            if (failure != null) {
                throw new IllegalStateException("cannot load code set tables", failure);
            }
            return tables;
        }
    }

    /** Reads the Alphabetic Index on its own thread, beside the other two. */
    private static final class IndexLoader extends Thread {
        private AlphabeticIndex index;
        private Throwable failure;

        IndexLoader() {
            super("code-set-index-load");
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                index = AlphabeticIndex.read(BinaryReader.resource("index.bin"));
            } catch (Throwable t) {
                failure = t;
            }
        }

        AlphabeticIndex await() {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the Alphabetic Index", e);
            }
            if (failure != null) {
                throw new IllegalStateException("cannot load the Alphabetic Index", failure);
            }
            return index;
        }
    }

    private CodeSetTables(boolean withIndex) {
        // Two halves of about the same size read in parallel (the tables are independent): ICD-10-CM here, the rest on
        // a helper thread; the Alphabetic Index, when wanted now, on a third.
        IndexLoader indexLoader = withIndex ? new IndexLoader() : null;
        if (indexLoader != null) {
            indexLoader.start();
        }
        OtherTablesLoader helper = new OtherTablesLoader();
        helper.start();
        Icd10Cm.Data icd10 = Icd10Cm.Data.read(BinaryReader.resource("icd10cm.bin"));
        OtherTables other = helper.await();

        icd10Editions = icd10.editions();
        hcpcsQuarter = other.hcpcs();
        tabular = other.tabular();
        Crosswalk crosswalk = new Crosswalk(other.gems(), other.icd9().table(), other.icd9().edition(), icd10.table(), icd10.editions());
        this.icd10 = new Icd10Cm(icd10, crosswalk, tabular);
        bySystem = new CodeSystemTable[CodeSystem.values().length];
        for (CodeSystemTable t : new CodeSystemTable[]{this.icd10, new Icd9Cm(other.icd9(), crosswalk),
                new Hcpcs(other.hcpcs()), new Modifiers(other.hcpcs()), other.cpt()}) {
            bySystem[t.system().ordinal()] = t;
        }
        ncci = other.ncci();
        mue = other.mue();
        mce = other.mce();
        adjustmentReasons = other.adjustmentReasons();
        placesOfService = other.placesOfService();
        if (indexLoader != null) {
            coderSearch = new CoderSearch(indexLoader.await(), this.icd10.table(), this.icd10::code, mce);
        }
    }

    /**
     * The shared instance, loaded from the class path on first use (safe to call from any thread). The Alphabetic
     * Index is not read until a search needs it ({@link #coderSearch()}).
     */
    public static CodeSetTables load() {
        return shared(false);
    }

    /** The shared instance with the Alphabetic Index read too, in parallel with the other tables when it is the first load. */
    public static CodeSetTables loadWithIndex() {
        CodeSetTables s = shared(true);
        s.coderSearch();
        return s;
    }

    private static CodeSetTables shared(boolean withIndex) {
        CodeSetTables s = shared;
        if (s == null) {
            synchronized (CodeSetTables.class) {
                s = shared;
                if (s == null) {
                    s = new CodeSetTables(withIndex);
                    shared = s;
                }
            }
        }
        return s;
    }

    /** A new instance read from the class path (for measurements; use {@link #load()} otherwise). */
    public static CodeSetTables loadFresh() {
        return new CodeSetTables(false);
    }

    /** A new instance with the Alphabetic Index read in parallel (for measurements). */
    public static CodeSetTables loadFreshWithIndex() {
        return new CodeSetTables(true);
    }

    /** ICD-10-CM editions held, oldest first. */
    public List<Edition> icd10cmEditions() {
        return icd10Editions.list();
    }

    /** The HCPCS Level II quarter held (also dates the Level II modifiers). */
    public Edition hcpcsEdition() {
        return hcpcsQuarter.edition();
    }

    /** The ICD-10-CM Tabular List's instructions (notes, 7th characters). */
    public TabularList tabularList() {
        return tabular;
    }

    /**
     * Coder-style ICD-10-CM search over the Alphabetic Index and its tables, loaded on first use (an app that does
     * not search never loads the Index: claim-creation scrubs with the Tabular only). Safe from any thread.
     */
    public CoderSearch coderSearch() {
        CoderSearch s = coderSearch;
        if (s == null) {
            synchronized (this) {
                s = coderSearch;
                if (s == null) {
                    AlphabeticIndex index = AlphabeticIndex.read(BinaryReader.resource("index.bin"));
                    s = new CoderSearch(index, icd10.table(), icd10::code, mce);
                    coderSearch = s;
                }
            }
        }
        return s;
    }

    /** The Tabular List's instructions as edits across a list of diagnoses, each rule at the severity {@code severities} give it. */
    public InstructionEdits instructionEdits(RuleSeverities severities) {
        return new InstructionEdits(tabular, mce, severities);
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
        if (system == CodeSystem.ICD10CM) {
            return find(CodeSearch.of(system, text, on, limit)).stream().map(CodeMatch::code).toList();
        }
        if (system == null || text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        try {
            return bySystem[system.ordinal()].search(text, day(on), Math.min(limit, SEARCH_LIMIT_MAX));
        } catch (RuntimeException e) {
            // Search is best effort: a defect must not fail the caller's request.
            return List.of();
        }
    }

    /**
     * ICD-10-CM: a code or code prefix first (as typed), then the coder search of the Index, its tables and the
     * Tabular's terms, then title words for what those miss; every code valid on the date. Other systems: by title.
     */
    @Override
    public List<CodeMatch> find(CodeSearch search) {
        if (search == null || search.system() == null || search.text() == null || search.text().isBlank() || search.limit() <= 0) {
            return List.of();
        }
        if (search.system() != CodeSystem.ICD10CM) {
            return CodeSets.super.find(search);
        }
        int day = day(search.on());
        int limit = Math.min(search.limit(), SEARCH_LIMIT_MAX);
        try {
            Map<String, CodeMatch> out = new LinkedHashMap<>();
            String prefix = TableSearch.prefixOnly(search.text(), 1);
            if (codeLike(prefix)) {
                for (Code c : icd10.search(search.text(), day, limit)) {
                    if (c.code().replace(".", "").startsWith(prefix)) {
                        out.putIfAbsent(c.code(), new CodeMatch(c, "code starts with " + prefix, "code"));
                    }
                }
            }
            if (out.size() < limit && day >= icd10Editions.firstDay()) {
                for (CodeMatch m : coderSearch().search(search.text(), day, limit, search.age(), search.sex())) {
                    out.putIfAbsent(m.code().code(), m);
                }
            }
            if (out.size() < limit) {
                // title words for what the Index misses; a header only by its code (above), its billable codes are offered
                for (Code c : icd10.search(search.text(), day, limit)) {
                    if (c.billable()) {
                        out.putIfAbsent(c.code(), new CodeMatch(c, "Tabular List: " + c.display(), "code title"));
                    }
                }
            }
            return out.values().stream().limit(limit).toList();
        } catch (RuntimeException e) {
            // Search is best effort: a defect must not fail the caller's request.
            return List.of();
        }
    }

    /** A query that may be (the start of) an ICD-10-CM code: "E", "E1", "E11", "e11.9", "S02.0XXA". */
    private static boolean codeLike(String prefix) {
        if (prefix.isEmpty()) {
            return false;
        }
        if (prefix.length() >= 3) {
            return CodeFormats.icd10cm(prefix).ok();
        }
        return Character.isLetter(prefix.charAt(0)) && (prefix.length() == 1 || Character.isDigit(prefix.charAt(1)));
    }

    @Override
    public Optional<CodeNotes> notes(CodeSystem system, String code, LocalDate on) {
        if (system != CodeSystem.ICD10CM) {
            return Optional.empty();
        }
        CodeValidation v = validate(system, code, on);
        if (!v.valid()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tabular.notes(v.normalized()));
    }

    private Verdict judge(CodeSystem system, String code, LocalDate on) {
        if (system == null) {
            return Verdict.of(new CodeValidation(null, code, CodeFormats.clean(code), false, false, "", "",
                    List.of(CodeIssue.error("code-system-required", "a code system is required")), List.of()));
        }
        try {
            return bySystem[system.ordinal()].judge(code, day(on));
        } catch (RuntimeException e) {
            // Validation never throws on input; a defect is reported as a finding rather than failing the claim flow.
            return Verdict.of(new CodeValidation(system, code, CodeFormats.clean(code), false, false, "", "",
                    List.of(CodeIssue.error("code-check-failed", "the code could not be checked: " + e)), List.of()));
        }
    }

    private static int day(LocalDate on) {
        return (int) (on == null ? LocalDate.now() : on).toEpochDay();
    }
}
