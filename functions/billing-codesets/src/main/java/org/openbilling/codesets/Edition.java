package org.openbilling.codesets;

import java.io.IOException;
import java.time.LocalDate;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.BinaryWriter;

/**
 * A release of a code set or edit list: its name, the day it took effect and the last day it was current
 * ({@code staleAfter}; null while no successor is due). Findings on later dates should be warnings.
 */
public record Edition(String name, LocalDate effective, LocalDate staleAfter) {
    /** True when a newer release than this one applies on {@code date}, so findings from it may be outdated. */
    public boolean isStaleOn(LocalDate date) {
        return staleAfter != null && date != null && date.isAfter(staleAfter);
    }

    /** True when this release was the current one on {@code date}: on or after its effective day and not stale. */
    public boolean covers(LocalDate date) {
        return date != null && (effective == null || !date.isBefore(effective)) && !isStaleOn(date);
    }

    /** Writes the edition (build time). */
    public void write(BinaryWriter out) throws IOException {
        out.string(name);
        out.i32(effective == null ? Integer.MIN_VALUE : (int) effective.toEpochDay());
        out.i32(staleAfter == null ? Integer.MAX_VALUE : (int) staleAfter.toEpochDay());
    }

    static Edition read(BinaryReader in) {
        String name = in.string();
        int eff = in.i32();
        int stale = in.i32();
        return new Edition(name, eff == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(eff),
                stale == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(stale));
    }
}
