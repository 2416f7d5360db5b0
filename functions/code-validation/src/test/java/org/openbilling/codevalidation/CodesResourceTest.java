package org.openbilling.codevalidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class CodesResourceTest {
    private static final String CODER = Tokens.bearer("p-codes", "coder");

    @Test
    void validate_dotlessLowerCaseCode_isNormalizedAndJudgedByTheEditionInForce() {
        given().header("Authorization", CODER).contentType("application/json")
                .body("{\"on\":\"2026-11-10\",\"codes\":[{\"system\":\"ICD10CM\",\"code\":\" e119 \"},{\"system\":\"ICD10CM\",\"code\":\"E11\"}]}")
                .post("/codes/validate")
                .then().statusCode(200)
                .body("results[0].normalized", equalTo("E11.9"))
                .body("results[0].valid", equalTo(true))
                .body("results[0].billable", equalTo(true))
                .body("results[0].edition", equalTo("ICD-10-CM FY2027"))
                .body("results[1].valid", equalTo(true))
                .body("results[1].billable", equalTo(false))
                .body("results[1].suggestions.code", hasItem("E11.00"));
    }

    @Test
    void validate_codeDeletedInFy2027_isValidBeforeAndNotAfter() {
        given().header("Authorization", CODER).contentType("application/json")
                .body("{\"on\":\"2026-09-30\",\"codes\":[{\"system\":\"ICD10CM\",\"code\":\"T52.8X1A\"}]}")
                .post("/codes/validate").then().statusCode(200).body("results[0].valid", equalTo(true));
        given().header("Authorization", CODER).contentType("application/json")
                .body("{\"on\":\"2026-10-01\",\"codes\":[{\"system\":\"ICD10CM\",\"code\":\"T52.8X1A\"}]}")
                .post("/codes/validate").then().statusCode(200)
                .body("results[0].valid", equalTo(false))
                .body("results[0].issues[0].rule", equalTo("code-not-in-edition"));
    }

    @Test
    void validate_malformedCode_hasAFormatRule_neverAnError() {
        given().header("Authorization", CODER).contentType("application/json")
                .body("{\"codes\":[{\"system\":\"ICD10CM\",\"code\":\"11E.9!\"},{\"system\":\"CPT\",\"code\":\"9921\"}]}")
                .post("/codes/validate").then().statusCode(200)
                .body("results[0].valid", equalTo(false))
                .body("results[0].issues[0].rule", equalTo("icd10cm-format"))
                .body("results[1].issues[0].rule", equalTo("cpt-format"));
    }

    @Test
    void validate_unknownSystem_is422WithField() {
        given().header("Authorization", CODER).contentType("application/json")
                .body("{\"codes\":[{\"system\":\"LOINC\",\"code\":\"1234-5\"}]}")
                .post("/codes/validate").then().statusCode(422)
                .body("errors[0].rule", equalTo("code-system-unknown"))
                .body("errors[0].field", equalTo("codes[0].system"));
    }

    @Test
    void lookup_cptCode_hasNoDescription() {
        given().header("Authorization", CODER).get("/codes/CPT/99213?on=2026-11-10")
                .then().statusCode(200).body("code", equalTo("99213")).body("display", equalTo(""));
    }

    @Test
    void lookup_unknownCode_is404() {
        given().header("Authorization", CODER).get("/codes/ICD10CM/Z99.999?on=2026-11-10")
                .then().statusCode(404).body("errors[0].rule", equalTo("not-found"));
    }

    @Test
    void search_typeTwoDiabetesWithoutComplications_findsE119First() {
        given().header("Authorization", CODER)
                .queryParam("q", "type 2 diabetes without complications").queryParam("on", "2026-11-10")
                .get("/codes/ICD10CM")
                .then().statusCode(200).body("[0].code", equalTo("E11.9"))
                .body("[0].display", startsWith("Type 2 diabetes mellitus without complications"));
    }

    @Test
    void codes_withoutToken_is401() {
        given().get("/codes/ICD10CM/E11.9").then().statusCode(401).body("errors[0].rule", equalTo("unauthenticated"));
    }

    @Test
    void validate_unknownHcpcsAfterTheNewestQuarter_firstIssueIsTheErrorSayingNoQuarterKnowsIt() {
        given().header("Authorization", CODER).contentType("application/json")
                .body("{\"on\":\"2026-03-01\",\"codes\":[{\"system\":\"HCPCS\",\"code\":\"Q0000\"}]}")
                .post("/codes/validate").then().statusCode(200)
                .body("results[0].valid", equalTo(false))
                .body("results[0].issues[0].severity", equalTo("ERROR"))
                .body("results[0].issues[0].rule", equalTo("code-not-in-edition"))
                .body("results[0].issues[0].message", startsWith("no HCPCS quarter held knows Q0000"))
                .body("results[0].issues[1].rule", equalTo("edition-stale"));
    }

    @Test
    void validate_letterOForZero_isAFormatErrorSuggestingTheCode() {
        given().header("Authorization", CODER).contentType("application/json")
                .body("{\"on\":\"2026-11-10\",\"codes\":[{\"system\":\"ICD10CM\",\"code\":\"I1O\"},{\"system\":\"HCPCS\",\"code\":\"GO439\"}]}")
                .post("/codes/validate").then().statusCode(200)
                .body("results[0].issues[0].rule", equalTo("icd10cm-format"))
                .body("results[0].suggestions[0].code", equalTo("I10"))
                .body("results[1].issues[0].rule", equalTo("hcpcs-format"))
                .body("results[1].suggestions[0].code", equalTo("G0439"));
    }

    @Test
    void lookup_icd10Code_answersItsTabularNotesInheritedFromTheCategory() {
        given().header("Authorization", CODER).get("/codes/ICD10CM/E11.9?on=2026-11-10")
                .then().statusCode(200).body("code", equalTo("E11.9"))
                .body("notes.edition", equalTo("ICD-10-CM Tabular List FY2023"))
                .body("notes.excludes1.find { it.text.startsWith('type 1 diabetes') }.from", equalTo("E11"))
                .body("notes.excludes1.find { it.text.startsWith('type 1 diabetes') }.codes", equalTo(java.util.List.of("E10.-")))
                .body("notes.useAdditionalCode.codes.flatten()", hasItem("Z79.4"));
        given().header("Authorization", CODER).get("/codes/ICD10CM/S52.501A?on=2026-11-10")
                .then().statusCode(200).body("notes.seventhCharacters[0].character", equalTo("A"))
                .body("notes.seventhCharacterNote.from", equalTo("S52"));
        // other systems have no notes
        given().header("Authorization", CODER).get("/codes/CPT/99213?on=2026-11-10").then().statusCode(200).body("notes", equalTo(null));
    }

    @Test
    void search_layWords_findTheCodeAndSayWhy() {
        given().header("Authorization", CODER).queryParam("q", "heart attack").queryParam("on", "2026-11-10")
                .get("/codes/ICD10CM").then().statusCode(200)
                .body("[0].code", equalTo("I21.9"))
                .body("[0].source", equalTo("Index"))
                .body("[0].matchedBy", startsWith("Attack, attacks, heart"));
        given().header("Authorization", CODER).queryParam("q", "jaundice").queryParam("on", "2026-11-10").queryParam("age", 0)
                .get("/codes/ICD10CM").then().statusCode(200).body("[0].code", equalTo("P59.9"));
    }

    @Test
    void search_badAgeOrSex_is422WithTheField() {
        given().header("Authorization", CODER).queryParam("q", "jaundice").queryParam("age", 200).queryParam("sex", "X")
                .get("/codes/ICD10CM").then().statusCode(422)
                .body("errors.field", hasItem("age"))
                .body("errors.field", hasItem("sex"));
    }
}
