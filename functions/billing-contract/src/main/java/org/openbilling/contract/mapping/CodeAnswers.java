package org.openbilling.contract.mapping;

import java.util.List;
import org.openbilling.contract.CodeAnswer;
import org.openbilling.contract.CodeValidationAnswer;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeMatch;
import org.openbilling.domain.codes.CodeNotes;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.codes.TabularNote;

/** The one place where the code sets' records (a code, its notes, a search match, a validation) become answers. */
public final class CodeAnswers {
    private CodeAnswers() {
    }

    /** A code looked up, with its Tabular List notes when the system has them ({@code notes} may be null). */
    public static CodeAnswer of(Code c, CodeNotes notes) {
        return new CodeAnswer(Wire.name(c.system()), c.code(), c.display(), c.billable(), c.validFrom(), c.validTo(),
                notes == null ? null : notes(notes));
    }

    public static CodeAnswer.SearchHit of(CodeMatch m) {
        Code c = m.code();
        return new CodeAnswer.SearchHit(Wire.name(c.system()), c.code(), c.display(), c.billable(), c.validFrom(),
                c.validTo(), m.matchedBy(), m.source());
    }

    public static CodeValidationAnswer of(List<CodeValidation> results) {
        return new CodeValidationAnswer(Wire.each(results, CodeAnswers::result));
    }

    private static CodeValidationAnswer.Result result(CodeValidation v) {
        return new CodeValidationAnswer.Result(Wire.name(v.system()), v.code(), v.normalized(), v.valid(),
                v.billable(), v.display(), v.edition(),
                Wire.each(v.issues(), i -> new CodeValidationAnswer.Issue(Wire.name(i.severity()), i.rule(),
                        i.message())),
                Wire.each(v.suggestions(), c -> new CodeValidationAnswer.Code(Wire.name(c.system()), c.code(),
                        c.display(), c.billable(), c.validFrom(), c.validTo())));
    }

    private static CodeAnswer.Notes notes(CodeNotes n) {
        return new CodeAnswer.Notes(n.edition(), instructions(n.includes()), instructions(n.inclusionTerms()),
                instructions(n.excludes1()), instructions(n.excludes2()), instructions(n.codeFirst()),
                instructions(n.useAdditionalCode()), instructions(n.codeAlso()), instructions(n.notes()),
                n.seventhCharacterNote() == null ? null : instruction(n.seventhCharacterNote()),
                Wire.each(n.seventhCharacters(), c -> new CodeAnswer.SeventhCharacter(c.character(), c.meaning())));
    }

    private static List<CodeAnswer.Instruction> instructions(List<TabularNote> notes) {
        return Wire.each(notes, CodeAnswers::instruction);
    }

    private static CodeAnswer.Instruction instruction(TabularNote n) {
        return new CodeAnswer.Instruction(n.text(), n.from(), n.codes());
    }
}
