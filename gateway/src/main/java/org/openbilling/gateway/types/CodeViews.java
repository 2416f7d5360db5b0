package org.openbilling.gateway.types;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.openbilling.contract.CodeAnswer;
import org.openbilling.contract.CodeValidationAnswer;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSystem;

/**
 * The GraphQL types of codes, made from the code-validation function's answers (billing-contract's records): a code (with, from a search, why it
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
        public static CodeView of(CodeAnswer c) {
            return c == null ? null : new CodeView(CodeSystem.valueOf(c.system()), c.code(), c.display(), c.billable(),
                    c.validFrom(), c.validTo(), null, null, CodeNotesView.of(c.notes()));
        }

        public static CodeView of(CodeAnswer.SearchHit c) {
            return new CodeView(CodeSystem.valueOf(c.system()), c.code(), c.display(), c.billable(), c.validFrom(),
                    c.validTo(), c.matchedBy(), c.source(), null);
        }

        static CodeView of(CodeValidationAnswer.Code c) {
            return new CodeView(CodeSystem.valueOf(c.system()), c.code(), c.display(), c.billable(), c.validFrom(),
                    c.validTo(), null, null, null);
        }
    }

    @Name("CodeValidation")
    public record CodeValidationView(CodeSystem system, String code, String normalized, boolean valid, boolean billable, String display,
                                     String edition, List<CodeIssue> issues, List<CodeView> suggestions) {
        public static CodeValidationView of(CodeValidationAnswer.Result r) {
            return new CodeValidationView(CodeSystem.valueOf(r.system()), r.code(), r.normalized(), r.valid(),
                    r.billable(), r.display(), r.edition(),
                    Views.each(r.issues(), i -> new CodeIssue(CodeIssue.Severity.valueOf(i.severity()), i.rule(),
                            i.message())),
                    Views.each(r.suggestions(), CodeView::of));
        }
    }

    @Name("CodeNotes")
    @Description("The Tabular List's instructions for a code, its own and those of its ancestors, block and chapter, nearest first.")
    public record CodeNotesView(String edition, @NonNull List<@NonNull TabularNoteView> includes,
                                @NonNull List<@NonNull TabularNoteView> inclusionTerms, @NonNull List<@NonNull TabularNoteView> excludes1,
                                @NonNull List<@NonNull TabularNoteView> excludes2, @NonNull List<@NonNull TabularNoteView> codeFirst,
                                @NonNull List<@NonNull TabularNoteView> useAdditionalCode, @NonNull List<@NonNull TabularNoteView> codeAlso,
                                @NonNull List<@NonNull TabularNoteView> notes, TabularNoteView seventhCharacterNote,
                                @NonNull List<@NonNull SeventhCharacterView> seventhCharacters) {
        static CodeNotesView of(CodeAnswer.Notes n) {
            return n == null ? null : new CodeNotesView(n.edition(), notes(n.includes()), notes(n.inclusionTerms()),
                    notes(n.excludes1()), notes(n.excludes2()), notes(n.codeFirst()), notes(n.useAdditionalCode()),
                    notes(n.codeAlso()), notes(n.notes()),
                    n.seventhCharacterNote() == null ? null : TabularNoteView.of(n.seventhCharacterNote()),
                    Views.each(n.seventhCharacters(), c -> new SeventhCharacterView(c.character(), c.meaning())));
        }

        private static List<TabularNoteView> notes(List<CodeAnswer.Instruction> list) {
            return Views.each(list, TabularNoteView::of);
        }
    }

    @Name("TabularNote")
    @Description("One instruction: its text, the level it is written at (the code, an ancestor, a block, a chapter), the codes it cites.")
    public record TabularNoteView(@NonNull String text, @NonNull String from, @NonNull List<@NonNull String> codes) {
        static TabularNoteView of(CodeAnswer.Instruction i) {
            return new TabularNoteView(i.text(), i.from(), Views.orEmpty(i.codes()));
        }
    }

    @Name("SeventhCharacter")
    public record SeventhCharacterView(@NonNull String character, @NonNull String meaning) {
    }
}
