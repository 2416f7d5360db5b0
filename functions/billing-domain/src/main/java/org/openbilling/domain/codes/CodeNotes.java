package org.openbilling.domain.codes;

import java.util.List;

/**
 * The Tabular List's instructions for one ICD-10-CM code, its own and those inherited from its ancestors, block and
 * chapter, nearest first: includes, inclusion terms, Excludes1 (never together), Excludes2 (not included here, may be
 * coded together), code first, use additional code, code also, other notes, and the 7th characters the code requires
 * (empty when none). {@code edition} names the Tabular List the notes come from.
 */
public record CodeNotes(String code, String edition, List<TabularNote> includes, List<TabularNote> inclusionTerms,
                        List<TabularNote> excludes1, List<TabularNote> excludes2, List<TabularNote> codeFirst,
                        List<TabularNote> useAdditionalCode, List<TabularNote> codeAlso, List<TabularNote> notes,
                        TabularNote seventhCharacterNote, List<SeventhCharacter> seventhCharacters) {
    public CodeNotes {
        includes = List.copyOf(includes);
        inclusionTerms = List.copyOf(inclusionTerms);
        excludes1 = List.copyOf(excludes1);
        excludes2 = List.copyOf(excludes2);
        codeFirst = List.copyOf(codeFirst);
        useAdditionalCode = List.copyOf(useAdditionalCode);
        codeAlso = List.copyOf(codeAlso);
        notes = List.copyOf(notes);
        seventhCharacters = List.copyOf(seventhCharacters);
    }

    /** The kinds of Tabular instruction, in the order the Tabular writes them. */
    public enum Kind { INCLUDES, INCLUSION_TERM, EXCLUDES1, EXCLUDES2, CODE_FIRST, USE_ADDITIONAL_CODE, CODE_ALSO, NOTE }
}
