package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.openbilling.contract.CodeAnswer;
import org.openbilling.contract.CodeValidationAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.encounter.Parties.Sex;
import org.openbilling.gateway.functions.Functions;
import org.openbilling.gateway.types.CodeViews.CodeValidationView;
import org.openbilling.gateway.types.CodeViews.CodeView;
import org.openbilling.gateway.types.Views;

/** Code lookup, search and validation, answered by the code-validation function. */
@GraphQLApi
@ApplicationScoped
public class CodesGraph {

    private final Functions functions;

    public CodesGraph(Functions functions) {
        this.functions = functions;
    }

    /** A code to validate. */
    @Name("CodeRef")
    public record CodeRef(@NonNull CodeSystem system, @NonNull String code) {
    }

    @Query("code")
    @Description("A code in the edition in force on a date (default today), with its Tabular List notes (ICD-10-CM); null with "
            + "not-found if it is not there.")
    public CodeView code(@NonNull CodeSystem system, @NonNull String code, LocalDate on) {
        return CodeView.of(functions.<CodeAnswer>codeValidation(api -> api.lookup(functions.auth(), system.name(),
                code, on == null ? null : on.toString())));
    }

    @Query("searchCodes")
    @Description("Codes valid on a date for the words of a note, best first, each with why it matched. ICD-10-CM is searched as "
            + "coders look codes up: the Alphabetic Index, the drug, neoplasm and external cause tables, the Tabular's terms. "
            + "The patient's age (years) and sex, when given, rank codes for other ages and the other sex lower.")
    public @NonNull List<@NonNull CodeView> searchCodes(@NonNull CodeSystem system, @NonNull String text, LocalDate on, Integer first,
                                                         Integer age, Sex sex) {
        List<CodeAnswer.SearchHit> found = functions.codeValidation(api -> api.search(functions.auth(), system.name(),
                text, on == null ? null : on.toString(), first, age, sex == null ? null : sex.name()));
        return Views.each(found, CodeView::of);
    }

    @Query("validateCodes")
    @Description("Validates codes against the editions in force on a date (default today).")
    public @NonNull List<@NonNull CodeValidationView> validateCodes(@NonNull List<@NonNull CodeRef> codes, LocalDate on) {
        Requests.ValidateCodes body = new Requests.ValidateCodes(on == null ? null : on.toString(),
                codes.stream().map(c -> new Requests.CodeRef(c.system().name(), c.code())).toList());
        CodeValidationAnswer answer = functions.codeValidation(api -> api.validate(functions.auth(), body));
        return Views.each(answer.results(), CodeValidationView::of);
    }
}
