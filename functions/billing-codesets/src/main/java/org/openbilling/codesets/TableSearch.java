package org.openbilling.codesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.openbilling.codesets.CodeFormats.Normalized;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.CodeTable;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeSystem;

/** Search and code-building helpers shared by the code-system tables. */
final class TableSearch {
    private TableSearch() {
    }

    static LocalDate date(int day) {
        return LocalDate.ofEpochDay(day);
    }

    static LocalDate fromDate(CodeTable t, int e) {
        return t.from(e) == CodeTable.OPEN_FROM ? null : date(t.from(e));
    }

    static LocalDate toDate(CodeTable t, int e) {
        return t.to(e) == CodeTable.OPEN_TO ? null : date(t.to(e));
    }

    /** The query with spaces and dots removed when it could be a code prefix, else "" (so it is not treated as one). */
    static String prefixOnly(String text, int minLength) {
        String c = CodeFormats.clean(text).replace(".", "");
        return c.length() >= minLength && CodeKey.encode(c) >= 0 ? c : "";
    }

    /**
     * Codes whose code starts with the query (when it is code-like for {@code codeShape}; null: any key) first, then
     * title word matches, each in force on the day.
     */
    static List<Code> search(CodeTable table, String text, int day, int limit, Normalized codeShape, IntFunction<Code> toCode) {
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
            out.add(toCode.apply(e));
        }
        return out;
    }

    /** Billable codes under {@code key} (a code {@code length} long), in force on the day, in code order. */
    static List<Code> billableChildren(CodeTable t, long key, int length, int day, int limit, IntFunction<Code> toCode) {
        List<Code> out = new ArrayList<>();
        long end = CodeKey.prefixEnd(key, length);
        for (int i = t.lowerBound(key); i < t.size() && t.key(i) < end && out.size() < limit; i++) {
            if (t.key(i) != key && t.billable(i) && t.inForce(i, day)) {
                out.add(toCode.apply(i));
            }
        }
        return out;
    }

    /** A code of a dated table (HCPCS, modifiers) as it is stored. */
    static Code plain(CodeSystem system, CodeTable t, int e) {
        return new Code(system, t.code(e), t.title(e), t.billable(e), fromDate(t, e), toDate(t, e));
    }
}
