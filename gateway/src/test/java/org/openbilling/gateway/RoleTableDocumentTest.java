package org.openbilling.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openbilling.gateway.access.RoleTable;

/**
 * gateway/docs/ROLES.md shows {@link RoleTable} as it is: the table between its markers is generated from it. To
 * accept a change of the table, copy target/roles-table.md between the markers.
 */
class RoleTableDocumentTest {
    static final Path DOCUMENT = Path.of("docs/ROLES.md");
    static final String BEGIN = "<!-- role-table:begin (generated from RoleTable by RoleTableDocumentTest) -->";
    static final String END = "<!-- role-table:end -->";
    static final List<String> ROLES = RoleMatrixTest.ROLES;

    /** One row per type (its readers), then one per field whose readers differ from its type's. */
    static String render() {
        StringBuilder out = new StringBuilder("| type or field | " + String.join(" | ", ROLES) + " |\n|---|"
                + "---|".repeat(ROLES.size()) + "\n");
        for (Map.Entry<String, RoleTable.TypeRule> type : RoleTable.types().entrySet()) {
            RoleTable.TypeRule rule = type.getValue();
            if (!rule.readers().isEmpty()) {
                out.append(row("`" + type.getKey() + "`", rule.readers()));
            }
            for (Map.Entry<String, Set<String>> field : new TreeMap<>(rule.fields()).entrySet()) {
                out.append(row("`" + type.getKey() + "." + field.getKey() + "`", field.getValue()));
            }
        }
        return out.toString();
    }

    private static String row(String name, Set<String> roles) {
        StringBuilder row = new StringBuilder("| ").append(name).append(" |");
        for (String role : ROLES) {
            row.append(roles.contains(role) ? " ✓ |" : "  |");
        }
        return row.append('\n').toString();
    }

    @Test
    void rolesDocument_showsTheRoleTableTheGatewayEnforces() throws IOException {
        String table = render();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/roles-table.md"), table, StandardCharsets.UTF_8);
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertTrue(begin >= 0 && end > begin, DOCUMENT + " has no generated role table between its markers");
        assertEquals(table, document.substring(begin + BEGIN.length(), end).strip() + "\n",
                "RoleTable changed: copy target/roles-table.md between the markers of " + DOCUMENT);
    }
}
