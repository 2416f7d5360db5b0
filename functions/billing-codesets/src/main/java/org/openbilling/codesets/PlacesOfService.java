package org.openbilling.codesets;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.BinaryWriter;

/** CMS place-of-service codes (two digits) for professional claims. */
public final class PlacesOfService {
    /** One place of service; {@code facility}: CMS pays the facility rate there. */
    public record PlaceOfService(String code, String name, String description, boolean facility, Edition edition) {
    }

    /** A place as the generator supplies it (build time). */
    public record Row(String code, String name, String description, boolean facility) {
    }

    private static final String MAGIC = "pos";

    private final Edition edition;
    private final Map<String, PlaceOfService> byCode = new HashMap<>();

    private PlacesOfService(BinaryReader in) {
        in.expect(MAGIC, 1);
        edition = Edition.read(in);
        int n = in.i32();
        for (int i = 0; i < n; i++) {
            String code = in.string();
            byCode.put(code, new PlaceOfService(code, in.string(), in.string(), in.i32() == 1, edition));
        }
    }

    static PlacesOfService read(BinaryReader in) {
        return new PlacesOfService(in);
    }

    /** The edition of the list. */
    public Edition edition() {
        return edition;
    }

    /** A place of service by code ("11", or "1" for 01). */
    public Optional<PlaceOfService> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        if (c.length() == 1) {
            c = "0" + c;
        }
        return Optional.ofNullable(byCode.get(c));
    }

    /** Writes the list (build time). */
    public static void write(BinaryWriter out, Edition edition, List<Row> rows) throws IOException {
        out.magic(MAGIC, 1);
        edition.write(out);
        out.i32(rows.size());
        for (Row r : rows) {
            out.string(r.code());
            out.string(r.name());
            out.string(r.description());
            out.i32(r.facility() ? 1 : 0);
        }
    }
}
