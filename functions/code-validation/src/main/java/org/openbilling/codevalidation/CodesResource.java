package org.openbilling.codevalidation;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeMatch;
import org.openbilling.domain.codes.CodeNotes;
import org.openbilling.domain.codes.CodeSearch;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.codes.TabularNote;
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

    /** The body of POST /codes/validate. */
    public record ValidateRequest(String on, List<CodeRef> codes) {
    }

    public record CodeRef(String system, String code) {
    }

    public record ValidateResponse(List<CodeValidation> results) {
    }

    /**
     * A code as {@code GET /codes/{system}/{code}} answers it: the {@code Code} fields and, for ICD-10-CM, the Tabular
     * List's instructions that apply to it ({@code notes}; absent for other systems).
     */
    public record CodeWithNotes(CodeSystem system, String code, String display, boolean billable, LocalDate validFrom, LocalDate validTo,
                                @JsonInclude(JsonInclude.Include.NON_NULL) TabularNotes notes) {
        static CodeWithNotes of(Code c, CodeNotes notes) {
            return new CodeWithNotes(c.system(), c.code(), c.display(), c.billable(), c.validFrom(), c.validTo(), TabularNotes.of(notes));
        }
    }

    /** One search result: the {@code Code} fields, why it matched (the Index path) and the source it matched in. */
    public record CodeSearchHit(CodeSystem system, String code, String display, boolean billable, LocalDate validFrom, LocalDate validTo,
                                String matchedBy, String source) {
        static CodeSearchHit of(CodeMatch m) {
            Code c = m.code();
            return new CodeSearchHit(c.system(), c.code(), c.display(), c.billable(), c.validFrom(), c.validTo(), m.matchedBy(), m.source());
        }
    }

    /**
     * The Tabular List's instructions for a code, nearest level first, each with the level it is written at
     * ({@code from}: the code, an ancestor, a block, a chapter) and the codes it cites; the 7th characters it requires.
     */
    public record TabularNotes(String edition, List<TabularInstruction> includes, List<TabularInstruction> inclusionTerms,
                               List<TabularInstruction> excludes1, List<TabularInstruction> excludes2,
                               List<TabularInstruction> codeFirst, List<TabularInstruction> useAdditionalCode,
                               List<TabularInstruction> codeAlso, List<TabularInstruction> notes,
                               @JsonInclude(JsonInclude.Include.NON_NULL) TabularInstruction seventhCharacterNote,
                               List<SeventhCharacter> seventhCharacters) {
        static TabularNotes of(CodeNotes n) {
            if (n == null) {
                return null;
            }
            return new TabularNotes(n.edition(), TabularInstruction.all(n.includes()), TabularInstruction.all(n.inclusionTerms()),
                    TabularInstruction.all(n.excludes1()), TabularInstruction.all(n.excludes2()), TabularInstruction.all(n.codeFirst()),
                    TabularInstruction.all(n.useAdditionalCode()), TabularInstruction.all(n.codeAlso()), TabularInstruction.all(n.notes()),
                    n.seventhCharacterNote() == null ? null : TabularInstruction.of(n.seventhCharacterNote()),
                    n.seventhCharacters().stream().map(c -> new SeventhCharacter(c.character(), c.meaning())).toList());
        }
    }

    /** One instruction: its text, the level it is written at, the codes it cites as written. */
    public record TabularInstruction(String text, String from, List<String> codes) {
        static TabularInstruction of(TabularNote n) {
            return new TabularInstruction(n.text(), n.from(), n.codes());
        }

        static List<TabularInstruction> all(List<TabularNote> notes) {
            return notes.stream().map(TabularInstruction::of).toList();
        }
    }

    /** A 7th character the code requires and its meaning. */
    public record SeventhCharacter(String character, String meaning) {
    }

    @POST
    @Path("/validate")
    @Operation(operationId = "validateCodes", summary = "Validates codes against the editions in force on a date (default today)")
    public ValidateResponse validate(ValidateRequest request) {
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
            CodeRef ref = request.codes().get(i);
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
        return new ValidateResponse(results);
    }

    @GET
    @Path("/{system}/{code}")
    @Operation(operationId = "getCode", summary = "A code in the edition in force on a date (default today), with its Tabular List notes (ICD-10-CM)")
    public CodeWithNotes lookup(@PathParam("system") String system, @PathParam("code") String code, @QueryParam("on") String on) {
        CodeSystem s = CodeSystem.parse(system);
        LocalDate date = on == null ? clock.today(caller.practice()) : Dates.parse(on);
        Code found = codeSets.lookup(s, code, date).orElseThrow(() -> new NotFoundException("code", s + " " + abbreviate(code)));
        return CodeWithNotes.of(found, codeSets.notes(s, found.code(), date).orElse(null));
    }

    @GET
    @Path("/{system}")
    @Operation(operationId = "searchCodes", summary = "Codes valid on a date for the words of a note, best first, each with why it matched")
    public List<CodeSearchHit> search(@PathParam("system") String system, @QueryParam("q") String q, @QueryParam("on") String on,
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
        return codeSets.find(new CodeSearch(s, q, day, n, age, patientSex)).stream().map(CodeSearchHit::of).toList();
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
