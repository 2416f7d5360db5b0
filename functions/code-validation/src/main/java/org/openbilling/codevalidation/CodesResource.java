package org.openbilling.codevalidation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.CodeAnswer;
import org.openbilling.contract.CodeValidationAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.mapping.CodeAnswers;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeSearch;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.common.Dates;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.Parties.Sex;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.web.Roles;

/** Code lookup, search and validation against the edition in force on a date (default: today). */
@Tag(name = "Codes", description = "ICD-10-CM, CPT and HCPCS codes: look-up, search and validation on a date")
@Path("/codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CODER, Roles.BILLER, Roles.ANALYST, Roles.PARTNER, Roles.ADMIN})
public class CodesResource {
    static final int MAX_CODES_PER_REQUEST = 500;
    static final int MAX_CODE_LENGTH = 40;
    private final CodeSets codeSets;
    private final PracticeClock clock;
    private final Caller caller;

    public CodesResource(CodeSets codeSets, PracticeClock clock, Caller caller) {
        this.codeSets = codeSets;
        this.clock = clock;
        this.caller = caller;
    }

    @POST
    @Path("/validate")
    @Operation(operationId = "validateCodes", summary = "Validates codes against the editions in force on a date (default today)")
    public CodeValidationAnswer validate(Requests.ValidateCodes request) {
        Violations v = new Violations();
        if (request == null || v.required("codes", request.codes()) == null) {
            v.add("required", "codes", "codes is required");
            v.throwIfAny();
        }
        if (request.codes().size() > MAX_CODES_PER_REQUEST) {
            v.add("too-many-codes", "codes", "at most " + MAX_CODES_PER_REQUEST + " codes per request");
        }
        LocalDate on = v.parse("on", () -> request.on() == null ? null : Dates.parse(request.on()));
        List<CodeSystem> systems = new ArrayList<>();
        for (int i = 0; i < request.codes().size(); i++) {
            Requests.CodeRef ref = request.codes().get(i);
            String field = "codes[" + i + "]";
            if (ref == null) {
                v.add("required", field, field + " is required");
                continue;
            }
            systems.add(v.parse(field + ".system", () -> CodeSystem.parse(ref.system())));
            if (v.required(field + ".code", ref.code()) != null && ref.code().length() > MAX_CODE_LENGTH) {
                // no code of any system is this long; echoing it back in a result would only amplify the request
                v.add("text-too-long", field + ".code", "a code is at most " + MAX_CODE_LENGTH + " characters");
            }
        }
        v.throwIfAny();
        LocalDate date = on != null ? on : clock.today(caller.practice());
        List<CodeValidation> results = new ArrayList<>();
        for (int i = 0; i < request.codes().size(); i++) {
            results.add(codeSets.validate(systems.get(i), request.codes().get(i).code(), date));
        }
        return CodeAnswers.of(results);
    }

    @GET
    @Path("/{system}/{code}")
    @Operation(operationId = "getCode", summary = "A code in the edition in force on a date (default today), with its Tabular List notes (ICD-10-CM)")
    public CodeAnswer lookup(@PathParam("system") String system, @PathParam("code") String code, @QueryParam("on") String on) {
        CodeSystem s = CodeSystem.parse(system);
        LocalDate date = on == null ? clock.today(caller.practice()) : Dates.parse(on);
        Code found = codeSets.lookup(s, code, date).orElseThrow(() -> new NotFoundException("code", s + " " + abbreviate(code)));
        return CodeAnswers.of(found, codeSets.notes(s, found.code(), date).orElse(null));
    }

    @GET
    @Path("/{system}")
    @Operation(operationId = "searchCodes", summary = "Codes valid on a date for the words of a note, best first, each with why it matched")
    public List<CodeAnswer.SearchHit> search(@PathParam("system") String system, @QueryParam("q") String q, @QueryParam("on") String on,
                                  @QueryParam("limit") Integer limit,
                                  @Parameter(description = "the patient's age in years: codes for other ages rank lower") @QueryParam("age") Integer age,
                                  @Parameter(description = "the patient's sex, F, M or U: codes for the other sex rank lower") @QueryParam("sex") String sex) {
        Violations v = new Violations();
        CodeSystem s = v.parse("system", () -> CodeSystem.parse(system));
        if (v.required("q", q) != null && q.length() > 200) {
            v.add("text-too-long", "q", "a search is at most 200 characters");
        }
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > 100) {
            v.add("limit-out-of-range", "limit", "limit is from 1 to 100");
        }
        if (age != null && (age < 0 || age > 130)) {
            v.add("age-out-of-range", "age", "age is in whole years from 0 to 130");
        }
        Sex patientSex = sex == null ? null : v.parse("sex", () -> sex(sex));
        LocalDate date = v.parse("on", () -> on == null ? null : Dates.parse(on));
        v.throwIfAny();
        LocalDate day = date != null ? date : clock.today(caller.practice());
        return codeSets.find(new CodeSearch(s, q, day, n, age, patientSex)).stream().map(CodeAnswers::of).toList();
    }

    private static Sex sex(String text) {
        try {
            return Sex.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("enum-value", "sex is one of F, M, U");
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 20 ? s.substring(0, 20) : s;
    }
}
