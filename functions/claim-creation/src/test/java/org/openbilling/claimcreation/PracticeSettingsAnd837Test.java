package org.openbilling.claimcreation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.claim.Claim;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class PracticeSettingsAnd837Test {
    static final String SETTINGS = """
            {"submitterId":"LAKESIDE01","submitterName":"Lakeside Family Practice",
             "submitterContact":{"name":"Billing Office","phone":"(217) 555-0100"},
             "receiverId":"CLEARHOUSE","receiverName":"Example Clearinghouse","timeZone":"America/Chicago",
             "statementDueDays":21}""";

    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void settings_ofANewPractice_areTheDefaults() {
        given().header("Authorization", Tokens.bearer(practice, "biller")).get("/practice/settings")
                .then().statusCode(200).body("version", equalTo(0)).body("statementDueDays", equalTo(30))
                .body("timeZone", equalTo("America/New_York"));
    }

    @Test
    void putSettings_asAdmin_savesThem_andAsBillerIs403() {
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json").body(SETTINGS)
                .put("/practice/settings").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json").body(SETTINGS)
                .put("/practice/settings").then().statusCode(200).body("version", equalTo(1))
                .body("submitterContact.phone", equalTo("2175550100")).body("timeZone", equalTo("America/Chicago"));
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(SETTINGS.replace("\"statementDueDays\":21", "\"statementDueDays\":21,\"expectedVersion\":0"))
                .put("/practice/settings").then().statusCode(409);
    }

    @Test
    void putSettings_withBadValues_is422ListingEach() {
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body("{\"submitterId\":\"A*B\",\"receiverId\":\"\",\"timeZone\":\"Mars/Olympus\",\"statementDueDays\":0}")
                .put("/practice/settings").then().statusCode(422)
                .body("errors.field", hasItems("submitterId", "receiverId", "timeZone", "statementDueDays", "submitterContact"));
    }

    @Test
    void putSettings_phoneThatIsNotAPhone_is422NamingIt_notDropped() {
        for (String notAPhone : new String[] {"call the office", "555-0100", "1-800-FLOWERS", "217 555 0100 ext 12"}) {
            given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                    .body(SETTINGS.replace("\"phone\":\"(217) 555-0100\"",
                            "\"phone\":\"" + notAPhone + "\",\"email\":\"billing@example.test\""))
                    .put("/practice/settings").then().statusCode(422)
                    .body("errors.rule", equalTo(java.util.List.of("phone-format")))
                    .body("errors.field", equalTo(java.util.List.of("submitterContact.phone")));
        }
        given().header("Authorization", Tokens.bearer(practice, "biller")).get("/practice/settings")
                .then().statusCode(200).body("version", equalTo(0));
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(SETTINGS.replace("(217) 555-0100", "+1 217.555.0100")).put("/practice/settings")
                .then().statusCode(200).body("submitterContact.phone", equalTo("2175550100"));
    }

    @Test
    void preview837_beforeSettings_is422_andAfterIsAValid837P() {
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        given().header("Authorization", Tokens.bearer(practice, "biller")).get("/claims/{id}/837", c.id().value())
                .then().statusCode(422).body("errors[0].rule", equalTo("practice-settings-incomplete"));
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json").body(SETTINGS)
                .put("/practice/settings").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(practice, "biller")).get("/claims/{id}/837", c.id().value())
                .then().statusCode(200)
                .contentType(containsString("application/edi-x12"))
                .body(startsWith("ISA*"))
                .body(containsString("GS*HC*LAKESIDE01*CLEARHOUSE*"))
                .body(containsString("*005010X222A1~"))
                .body(containsString("CLM*" + c.claimNumber().value() + "*170.5*"))
                .body(containsString("HI*ABK:E119*ABF:I10~"));
    }
}
