package org.openbilling.codesets;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.BinaryWriter;

/** Claim adjustment group codes, reason codes (CARC) and remittance advice remark codes (RARC) with their texts. */
public final class AdjustmentReasons {
    /** Which list a code belongs to. */
    public enum Kind { GROUP, CARC, RARC }

    /** One code; {@code start}/{@code end} null when unknown or open (an end date means deactivated). */
    public record Reason(Kind kind, String code, String description, LocalDate start, LocalDate end, Edition edition) {
        /** True when the code is not deactivated on {@code date}. */
        public boolean activeOn(LocalDate date) {
            return (end == null || date == null || !date.isAfter(end)) && (start == null || date == null || !date.isBefore(start));
        }
    }

    /** A reason as the generator supplies it (build time). */
    public record Row(Kind kind, String code, String description, LocalDate start, LocalDate end) {
    }

    private static final String MAGIC = "adjustment";

    private final Edition edition;
    private final Map<String, Reason> byKey = new HashMap<>();

    private AdjustmentReasons(BinaryReader in) {
        in.expect(MAGIC, 1);
        edition = Edition.read(in);
        int n = in.i32();
        for (int i = 0; i < n; i++) {
            Kind kind = Kind.values()[in.i32()];
            String code = in.string();
            String description = in.string();
            int s = in.i32();
            int e = in.i32();
            byKey.put(kind.name().concat(":").concat(code), new Reason(kind, code, description, s == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(s),
                    e == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(e), edition));
        }
    }

    static AdjustmentReasons read(BinaryReader in) {
        return new AdjustmentReasons(in);
    }

    /**
     * Only these lists, read from the class path: for apps that explain remittances and need none of the other
     * code sets (reading all of them costs a quarter of a second and 30 MB).
     */
    public static AdjustmentReasons load() {
        return read(BinaryReader.resource("adjustment.bin"));
    }

    /** The edition of the lists. */
    public Edition edition() {
        return edition;
    }

    /** A claim adjustment reason code (e.g. "45"). */
    public Optional<Reason> carc(String code) {
        return find(Kind.CARC, code);
    }

    /** A remittance advice remark code (e.g. "N130", "MA130"). */
    public Optional<Reason> rarc(String code) {
        return find(Kind.RARC, code);
    }

    /** A claim adjustment group code (CO, CR, OA, PI, PR). */
    public Optional<Reason> group(String code) {
        return find(Kind.GROUP, code);
    }

    private Optional<Reason> find(Kind kind, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(kind.name().concat(":").concat(code.strip().toUpperCase(Locale.ROOT))));
    }

    /** Writes the lists (build time). */
    public static void write(BinaryWriter out, Edition edition, List<Row> rows) throws IOException {
        out.magic(MAGIC, 1);
        edition.write(out);
        out.i32(rows.size());
        for (Row r : rows) {
            out.i32(r.kind().ordinal());
            out.string(r.code());
            out.string(r.description());
            out.i32(r.start() == null ? Integer.MIN_VALUE : (int) r.start().toEpochDay());
            out.i32(r.end() == null ? Integer.MAX_VALUE : (int) r.end().toEpochDay());
        }
    }
}
