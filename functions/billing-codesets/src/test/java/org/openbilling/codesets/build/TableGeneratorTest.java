package org.openbilling.codesets.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbilling.codesets.table.BinaryReader;
import org.openbilling.codesets.table.CharacterMask;
import org.openbilling.codesets.table.CodeKey;
import org.openbilling.codesets.table.CodeTable;

class TableGeneratorTest {
    private static final Path DATA = Path.of("src/data");

    @Test
    void icd10cm_whenNextYearsChangeListIsDropped_buildsTheNewEditionWithoutCodeChanges(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        Path icd = Files.createDirectories(data.resolve("icd10cm"));
        Files.copy(DATA.resolve("manifest.properties"), data.resolve("manifest.properties"));
        Files.copy(DATA.resolve("icd10cm/icd10cm_order_2026.txt.gz"), icd.resolve("icd10cm_order_2026.txt.gz"));
        Path changes = Files.createDirectories(icd.resolve("fy2028-changes"));
        Files.writeString(changes.resolve("added.csv"), "code,codeDotted,billable,category,shortTitle,longTitle\n"
                + "E1199,E11.99,true,E11,\"T2DM, test\",\"Type 2 diabetes mellitus, test code\"\n");
        Files.writeString(changes.resolve("deleted.csv"), "code,codeDotted,wasBillable,category,shortTitle,longTitle\n"
                + "U071,U07.1,true,U07,COVID-19,COVID-19\n");
        Files.writeString(icd.resolve("editions.properties"), String.join("\n", "editions=FY2026,FY2028",
                "FY2026.effective=2025-10-01", "FY2026.source=order:icd10cm_order_2026.txt.gz",
                "FY2028.effective=2027-10-01", "FY2028.source=changes:fy2028-changes", ""));

        new TableGenerator(data, tmp.resolve("out")).icd10cm();

        BinaryReader in = BinaryReader.file(tmp.resolve("out/icd10cm.bin"));
        in.expect("icd10cm", TableGenerator.VERSION);
        assertEquals(2, in.i32());
        assertEquals("ICD-10-CM FY2026", in.string());
        in.i32();
        in.i32();
        assertEquals("ICD-10-CM FY2028", in.string());
        assertEquals(LocalDate.of(2027, 10, 1).toEpochDay(), in.i32());
        assertEquals(LocalDate.of(2028, 9, 30).toEpochDay(), in.i32());
        long[] positions = in.longs();
        assertTrue(CharacterMask.allows(positions, 0, 'U'));
        assertFalse(CharacterMask.allows(positions, 2, 'O'), "no code has a letter O in position 3");
        CodeTable table = CodeTable.read(in);
        int fy2026 = (int) LocalDate.of(2026, 1, 1).toEpochDay();
        int fy2028 = (int) LocalDate.of(2027, 12, 1).toEpochDay();
        assertTrue(table.find(CodeKey.encode("E1199"), fy2026) < 0);
        int added = table.find(CodeKey.encode("E1199"), fy2028);
        assertTrue(added >= 0);
        assertEquals("Type 2 diabetes mellitus, test code", table.title(added));
        assertTrue(table.find(CodeKey.encode("U071"), fy2026) >= 0);
        assertTrue(table.find(CodeKey.encode("U071"), fy2028) < 0);
        assertFalse(table.find(CodeKey.encode("E119"), fy2028) < 0);
    }

    @Test
    void codeKey_keepsOrderAndPrefixRanges() {
        assertTrue(CodeKey.encode("E11") < CodeKey.encode("E110"));
        assertTrue(CodeKey.encode("E119") < CodeKey.encode("E12"));
        assertTrue(CodeKey.encode("E119") < CodeKey.prefixEnd(CodeKey.encode("E11"), 3));
        assertEquals("S020XXA", CodeKey.decode(CodeKey.encode("S020XXA")));
        assertEquals(7, CodeKey.length(CodeKey.encode("S020XXA")));
        assertEquals(-1, CodeKey.encode("E11.9"));
        assertEquals(-1, CodeKey.encode("ABCDEFGH"));
    }
}
