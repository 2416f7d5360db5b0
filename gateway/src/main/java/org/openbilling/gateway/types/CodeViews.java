package org.openbilling.gateway.types;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;

/**
 * The GraphQL types of codes, read from the code-validation function's answers: a code (with, from a search, why it
 * matched, and from {@code code()}, its Tabular List notes), a validation, and the notes.
 */
public final class CodeViews {
    private CodeViews() {
    }

    @Name("Code")
    @Description("A code as a code set defines it; display is empty for CPT (the AMA's descriptions).")
    public record CodeView(CodeSystem system, String code, String display, boolean billable, LocalDate validFrom, LocalDate validTo,
                           @Description("Search results: why the code matched, the Index path as a coder reads it (\"Infarct, "
                                   + "infarction, myocardium, myocardial (acute)\"), with any cross-reference followed") String matchedBy,
                           @Description("Search results: where it matched (Index, Table of Drugs and Chemicals, Table of Neoplasms, "
                                   + "External Cause Index, Tabular List inclusion term, ...)") String source,
                           @Description("code(): the Tabular List's instructions for the code (ICD-10-CM)") CodeNotesView notes) {
    }

    @Name("CodeValidation")
    public record CodeValidationView(CodeSystem system, String code, String normalized, boolean valid, boolean billable, String display,
                                     String edition, List<CodeIssue> issues, List<CodeView> suggestions) {
    }

    @Name("CodeNotes")
    @Description("The Tabular List's instructions for a code, its own and those of its ancestors, block and chapter, nearest first.")
    public record CodeNotesView(String edition, @NonNull List<@NonNull TabularNoteView> includes,
                                @NonNull List<@NonNull TabularNoteView> inclusionTerms, @NonNull List<@NonNull TabularNoteView> excludes1,
                                @NonNull List<@NonNull TabularNoteView> excludes2, @NonNull List<@NonNull TabularNoteView> codeFirst,
                                @NonNull List<@NonNull TabularNoteView> useAdditionalCode, @NonNull List<@NonNull TabularNoteView> codeAlso,
                                @NonNull List<@NonNull TabularNoteView> notes, TabularNoteView seventhCharacterNote,
                                @NonNull List<@NonNull SeventhCharacterView> seventhCharacters) {
    }

    @Name("TabularNote")
    @Description("One instruction: its text, the level it is written at (the code, an ancestor, a block, a chapter), the codes it cites.")
    public record TabularNoteView(@NonNull String text, @NonNull String from, @NonNull List<@NonNull String> codes) {
    }

    @Name("SeventhCharacter")
    public record SeventhCharacterView(@NonNull String character, @NonNull String meaning) {
    }
}
