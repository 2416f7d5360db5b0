package org.openbilling.codesets;

import java.util.List;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

/** ICD-9-CM diagnoses (CMS v32), valid for dates of service before 2015-10-01; the {@link Crosswalk} answers after. */
final class Icd9Cm implements CodeSystemTable {
    private static final int CHILDREN_LIMIT = 15;

    private final Edition edition;
    private final int lastDay;
    private final CodeTable table;
    private final Crosswalk crosswalk;

    Icd9Cm(Data data, Crosswalk crosswalk) {
        this.edition = data.edition();
        this.lastDay = (int) edition.staleAfter().toEpochDay();
        this.table = data.table();
        this.crosswalk = crosswalk;
    }

    /** The edition and table as written by the generator ({@code icd9cm.bin}). */
    record Data(Edition edition, CodeTable table) {
        static Data read(BinaryReader in) {
            in.expect("icd9cm", 2);
            Edition edition = Edition.read(in);
            return new Data(edition, CodeTable.read(in));
        }
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.ICD9CM;
    }

    /** A code of the table as {@link Code} (valid to the last day of ICD-9-CM). */
    static Code code(CodeTable t, int e) {
        return new Code(CodeSystem.ICD9CM, dotted(t.code(e)), t.title(e), t.billable(e), null, TableSearch.toDate(t, e));
    }

    private Code code(int e) {
        return code(table, e);
    }

    /** A stored (dotless) code with its dot after the category (four characters for E codes). */
    static String dotted(String bare) {
        int category = bare.startsWith("E") ? 4 : 3;
        return bare.length() > category ? bare.substring(0, category) + "." + bare.substring(category) : bare;
    }

    @Override
    public Verdict judge(String input, int day) {
        Normalized n = CodeFormats.icd9cm(input);
        if (!n.ok()) {
            return Verdict.malformed(CodeSystem.ICD9CM, input, n, "icd9cm-format", edition.name());
        }
        String name = edition.name();
        int e = table.find(n.key(), Math.min(day, lastDay));
        boolean header = e < 0 && !TableSearch.billableChildren(table, n.key(), n.length(), lastDay, 1, this::code).isEmpty();
        if (e < 0 && !header) {
            return Verdict.of(new CodeValidation(CodeSystem.ICD9CM, input, n.dotted(), false, false, "", name,
                    List.of(CodeIssue.error("code-not-in-edition", n.dotted() + " is not an ICD-9-CM diagnosis code in " + name)), List.of()));
        }
        String display = e >= 0 ? table.title(e) : "";
        if (day > lastDay) {
            return crosswalk.icd9AfterStart(input, n, display, day);
        }
        if (header) {
            return Verdict.of(new CodeValidation(CodeSystem.ICD9CM, input, n.dotted(), true, false, "", name,
                    List.of(CodeIssue.error("code-not-billable", n.dotted() + " is a category in " + name + "; report one of its more specific codes")),
                    TableSearch.billableChildren(table, n.key(), n.length(), day, CHILDREN_LIMIT, this::code)), null, TableSearch.date(lastDay));
        }
        return Verdict.of(new CodeValidation(CodeSystem.ICD9CM, input, n.dotted(), true, true, display, name, List.of(), List.of()),
                null, TableSearch.date(lastDay));
    }

    @Override
    public List<Code> search(String text, int day, int limit) {
        if (day > lastDay) {
            return List.of();
        }
        return TableSearch.search(table, text, day, limit, CodeFormats.icd9cm(TableSearch.prefixOnly(text, 3)), this::code);
    }
}
