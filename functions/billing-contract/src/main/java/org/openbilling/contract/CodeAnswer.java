package org.openbilling.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A code as {@code GET /codes/{system}/{code}} answers it and, for ICD-10-CM, the Tabular List's instructions that
 * apply to it ({@code notes}; absent for other systems). {@code display} is empty for CPT (the AMA's descriptions).
 */
@Schema(name = "CodeWithNotes")
public record CodeAnswer(@Schema(enumeration = {"ICD10CM", "ICD9CM", "CPT", "HCPCS", "MODIFIER"}) String system,
                         String code, String display, boolean billable, LocalDate validFrom, LocalDate validTo,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Notes notes) {

    /** One search result of {@code GET /codes/{system}}: the code, why it matched (the Index path) and where. */
    @Schema(name = "CodeSearchHit")
    public record SearchHit(@Schema(enumeration = {"ICD10CM", "ICD9CM", "CPT", "HCPCS", "MODIFIER"}) String system,
                            String code, String display, boolean billable, LocalDate validFrom, LocalDate validTo,
                            String matchedBy, String source) {
    }

    /**
     * The Tabular List's instructions for a code, nearest level first, each with the level it is written at
     * ({@code from}: the code, an ancestor, a block, a chapter) and the codes it cites; the 7th characters it requires.
     */
    @Schema(name = "TabularNotes")
    public record Notes(String edition, List<Instruction> includes, List<Instruction> inclusionTerms,
                        List<Instruction> excludes1, List<Instruction> excludes2, List<Instruction> codeFirst,
                        List<Instruction> useAdditionalCode, List<Instruction> codeAlso, List<Instruction> notes,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Instruction seventhCharacterNote,
                        List<SeventhCharacter> seventhCharacters) {
    }

    /** One instruction: its text, the level it is written at, the codes it cites as written. */
    @Schema(name = "TabularInstruction")
    public record Instruction(String text, String from, List<String> codes) {
    }

    /** A 7th character the code requires and its meaning. */
    @Schema(name = "SeventhCharacter")
    public record SeventhCharacter(String character, String meaning) {
    }
}
