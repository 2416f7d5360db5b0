package org.openbilling.codesets;

import java.util.List;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeSystem;

/**
 * One code system's lookups, the interface {@link CodeSetTables} dispatches to: validation of a code on a day and
 * search of the codes in force on a day. Days are epoch days; neither method throws on input.
 */
interface CodeSystemTable {
    /** The system this table answers for. */
    CodeSystem system();

    /** The verdict on one code as typed, on a day. */
    Verdict judge(String input, int day);

    /** Codes matching the text on a day, best first, at most {@code limit}. */
    List<Code> search(String text, int day, int limit);
}
