package org.openbilling.codesets;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

/** A validation and the validity range of the entry that judged it (for {@code Code}), as epoch days or open. */
record Verdict(CodeValidation validation, int from, int to) {
    /** A verdict with no entry behind it (invalid, or judged without a table entry). */
    static Verdict of(CodeValidation validation) {
        return new Verdict(validation, CodeTable.OPEN_FROM, CodeTable.OPEN_TO);
    }

    /** A verdict valid from {@code validFrom} to {@code validTo} (null: open). */
    static Verdict of(CodeValidation validation, LocalDate validFrom, LocalDate validTo) {
        return new Verdict(validation, validFrom == null ? CodeTable.OPEN_FROM : (int) validFrom.toEpochDay(),
                validTo == null ? CodeTable.OPEN_TO : (int) validTo.toEpochDay());
    }

    /** A verdict valid over the range of a table entry. */
    static Verdict of(CodeValidation validation, CodeTable table, int entry) {
        return new Verdict(validation, table.from(entry), table.to(entry));
    }

    /** A code whose shape is wrong for its system: one format error ({@code rule}) with the problem found. */
    static Verdict malformed(CodeSystem system, String input, Normalized n, String rule, String edition) {
        return of(new CodeValidation(system, input, n.dotted(), false, false, "", edition,
                List.of(CodeIssue.error(rule, n.problem())), List.of()));
    }

    LocalDate validFrom() {
        return from == CodeTable.OPEN_FROM ? null : LocalDate.ofEpochDay(from);
    }

    LocalDate validTo() {
        return to == CodeTable.OPEN_TO ? null : LocalDate.ofEpochDay(to);
    }
}
