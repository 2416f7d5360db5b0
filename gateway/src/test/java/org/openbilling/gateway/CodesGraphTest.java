package org.openbilling.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;

/** code, searchCodes and validateCodes through the gateway, answered by the code-validation function. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class CodesGraphTest {
    private static final String CODER = Tokens.bearer("p-codes-graph", "coder");

    @Test
    void validateCodes_normalizesAndNamesTheEdition() {
        GraphQL.post(CODER, """
                { validateCodes(on: "2026-11-10", codes: [{system: ICD10CM, code: "e119"}, {system: CPT, code: "9921"}]) {
                    normalized valid billable edition issues { severity rule } suggestions { code } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.validateCodes[0].normalized", equalTo("E11.9"))
                .body("data.validateCodes[0].billable", equalTo(true))
                .body("data.validateCodes[0].edition", equalTo("ICD-10-CM FY2027"))
                .body("data.validateCodes[1].valid", equalTo(false))
                .body("data.validateCodes[1].issues[0].rule", equalTo("cpt-format"));
    }

    @Test
    void searchCodes_findsE119First_andCodeLooksOneUp() {
        GraphQL.post(CODER, """
                { searchCodes(system: ICD10CM, text: "type 2 diabetes without complications", on: "2026-11-10", first: 5) { code billable }
                  code(system: CPT, code: "99213", on: "2026-11-10") { code display billable } }""", Map.of())
                .body("errors", nullValue())
                .body("data.searchCodes[0].code", equalTo("E11.9"))
                .body("data.code.display", equalTo(""))
                .body("data.code.billable", equalTo(true));
    }

    @Test
    void code_unknown_isNullWithNotFound() {
        GraphQL.post(CODER, """
                { code(system: ICD10CM, code: "Z99.999", on: "2026-11-10") { code } }""", Map.of())
                .body("data.code", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));
    }

    @Test
    void validateCodes_asEveryRole_works() {
        for (String role : RoleMatrixTest.ROLES) {
            GraphQL.post(Tokens.bearer("p-codes-graph", role), """
                    { validateCodes(codes: [{system: HCPCS, code: "G0438"}]) { valid } }""", Map.of())
                    .body("errors", nullValue());
        }
        GraphQL.post(CODER, "{ validateCodes(codes: [{system: ICD10CM, code: \"E11.9\"}]) { valid } }", Map.of())
                .body("data.validateCodes.valid", hasItem(true));
    }

    @Test
    void searchCodes_layWords_answerWhyEachMatched() {
        GraphQL.post(CODER, """
                { searchCodes(system: ICD10CM, text: "heart attack", on: "2026-11-10", first: 3) { code matchedBy source notes { edition } } }""",
                Map.of())
                .body("errors", nullValue())
                .body("data.searchCodes[0].code", equalTo("I21.9"))
                .body("data.searchCodes[0].source", equalTo("Index"))
                .body("data.searchCodes[0].matchedBy", org.hamcrest.Matchers.startsWith("Attack, attacks, heart"))
                .body("data.searchCodes[0].notes", nullValue());
    }

    @Test
    void searchCodes_withAgeZero_ranksTheNewbornCodeFirst() {
        GraphQL.post(CODER, """
                { searchCodes(system: ICD10CM, text: "jaundice", on: "2026-11-10", first: 3, age: 0, sex: F) { code } }""", Map.of())
                .body("errors", nullValue())
                .body("data.searchCodes[0].code", equalTo("P59.9"));
    }

    @Test
    void code_icd10_answersItsTabularNotesWithWhereEachIsWritten() {
        GraphQL.post(CODER, """
                { code(system: ICD10CM, code: "E11.22", on: "2026-11-10") { code display
                    notes { edition excludes1 { text from codes } useAdditionalCode { text from codes } seventhCharacters { character } } } }""",
                Map.of())
                .body("errors", nullValue())
                .body("data.code.notes.edition", equalTo("ICD-10-CM Tabular List FY2023"))
                .body("data.code.notes.useAdditionalCode[0].from", equalTo("E11.22"))
                .body("data.code.notes.useAdditionalCode[0].codes", equalTo(java.util.List.of("N18.1-N18.6")))
                .body("data.code.notes.excludes1.from", hasItem("E11"))
                .body("data.code.notes.seventhCharacters", equalTo(java.util.List.of()));
    }

    @Test
    void code_andSearchCodes_asEveryRole_work() {
        for (String role : RoleMatrixTest.ROLES) {
            GraphQL.post(Tokens.bearer("p-codes-graph", role), """
                    { code(system: ICD10CM, code: "E11.9") { notes { edition } } searchCodes(system: ICD10CM, text: "CHF", first: 1) { code } }""",
                    Map.of())
                    .body("errors", nullValue())
                    .body("data.searchCodes[0].code", equalTo("I50.9"));
        }
    }
}
