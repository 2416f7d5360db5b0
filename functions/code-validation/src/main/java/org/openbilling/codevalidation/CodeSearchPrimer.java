package org.openbilling.codevalidation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.codes.CodeSearch;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.dynamodb.priming.Primer;

/**
 * Loads the Alphabetic Index (about 18 MB of tables, read on first search) and runs one search at start-up, so that the
 * first coder's search does not wait for it. Only this app searches: claim-creation scrubs with the Tabular List and
 * never loads the Index.
 */
@ApplicationScoped
public class CodeSearchPrimer implements Primer {
    private final CodeSetTables codes;

    public CodeSearchPrimer(CodeSetTables codes) {
        this.codes = codes;
    }

    @Override
    public void prime() {
        codes.find(CodeSearch.of(CodeSystem.ICD10CM, "heart attack", LocalDate.now(ZoneOffset.UTC), 10));
        codes.notes(CodeSystem.ICD10CM, "E11.9", LocalDate.now(ZoneOffset.UTC));
    }
}
