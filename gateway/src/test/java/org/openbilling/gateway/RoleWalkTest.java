package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openbilling.clearinghouse.mailbox.MailboxServer;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.gateway.access.RoleTable;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * Walks every path of the committed schema (src/main/graphql/schema.graphql, which SchemaTest keeps equal to the
 * served one) from each root field to every type it reaches, one document per path that selects every plain field of
 * the type at its end, as each role, against records that reach every link. Each answer must be what
 * {@link RoleTable} declares: the first field on the path the role may not read is refused with {@code forbidden}
 * (and nothing under it is read), and at the end each plain field is refused or answered as its own row says. A path
 * goes through each type at most once; a new type or field is walked as soon as it is in the schema, and one the
 * table does not know fails here before it can be read by anyone.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class RoleWalkTest {
    static final List<String> ROLES = RoleMatrixTest.ROLES;
    static final File SCHEMA = new File("src/main/graphql/schema.graphql");
    static final String ON = "\"2026-11-10\"";
    /**
     * Paths that records cannot reach: a coded encounter has no claim yet (billing it ends its coding), so the links
     * under {@code codeEncounter { claims }} answer an empty list. The same links are walked under every query.
     */
    static final Set<String> UNREACHABLE_BELOW = Set.of("Mutation.codeEncounter>Encounter.claims",
            // a visit with a later payer invoices the patient on its last claim, and createClaim answers the visit's
            // first: so createClaim and the worked items are sent for claims of one-payer visits (their invoices and
            // notes are reached), whose encounters have no deprecated secondaryCoverage (coverages[1]); that field is
            // walked under every query and under updateClaimStatus, which answer the two-payer visit's second claim
            "Mutation.createClaim>Claim.encounter>Encounter.secondaryCoverage",
            "Mutation.noteWorkItem>WorkItem.claim>Claim.encounter>Encounter.secondaryCoverage",
            "Mutation.assignWorkItem>WorkItem.claim>Claim.encounter>Encounter.secondaryCoverage",
            "Mutation.startWorkItem>WorkItem.claim>Claim.encounter>Encounter.secondaryCoverage",
            "Mutation.resolveWorkItem>WorkItem.claim>Claim.encounter>Encounter.secondaryCoverage",
            "Mutation.closeWorkItem>WorkItem.claim>Claim.encounter>Encounter.secondaryCoverage",
            // search results and suggestions carry why they matched; a code's notes come from code() only
            "Query.searchCodes>Code.notes", "Query.validateCodes>CodeValidation.suggestions>Code.notes");
    /** A rule a plain field may answer instead of data, where it is allowed: one preview per request. */
    static final Map<String, String> OTHER_RULES = Map.of("Claim.x12Preview", "x12-preview-one-claim");

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Root> roots = new LinkedHashMap<>();

    /** One field on a path: {@code type.field}, answering {@code answers}. */
    record Step(String type, String field, String answers) {
        String coordinate() {
            return type + "." + field;
        }
    }

    /** How a root field is called in the walk: its arguments as written in the document, and their variables. */
    record Root(String arguments, String variableDefinitions, Map<String, Object> variables) {
        static Root of(String arguments) {
            return new Root(arguments, "", Map.of());
        }
    }

    private String admin() {
        return Tokens.bearer(practice, "admin");
    }

    /** Records that reach every link, made once by an admin through the real functions. */
    private void seed() {
        given().header("Authorization", admin()).contentType("application/json").body(RoleMatrixTest.SETTINGS)
                .put("/practice/settings").then().statusCode(200);
        Map<String, Object> rich = GraphQL.asMap(richEncounter());
        // each mutation is walked by sending it again: an idempotency key answers its first answer, and
        // createClaim for a billed encounter answers the encounter's claim as it stands
        String intake = "(encounter: $e, idempotencyKey: \"walk-intake\")";
        String e1 = GraphQL.post(admin(), "mutation($e: EncounterInput!) { createEncounter" + intake + " { id } }",
                Map.of("e", rich)).body("errors", nullValue()).extract().path("data.createEncounter.id");
        String c1 = GraphQL.post(admin(), "mutation { createClaim(encounterId: \"" + e1 + "\") { id } }", Map.of())
                .body("errors", nullValue()).extract().path("data.createClaim.id");
        for (String to : List.of("SUBMITTED", "ACCEPTED")) {
            GraphQL.post(admin(), "mutation { updateClaimStatus(id: \"" + c1 + "\", status: " + to + ") { status } }",
                    Map.of()).body("errors", nullValue());
        }
        // partly paid: still open (openClaims, agingReport) and with a patient invoice (outstandingInvoices)
        Map<String, Object> adjudication = Map.of("paidAmount", "100.00", "remarks", List.of("N130"), "adjustments", List.of(
                // a bundled line (CO-97): a work item about codes on the claim every claim path reaches
                Map.of("groupCode", "CO", "reasonCode", "97", "amount", "20.50", "lineNumber", 2),
                Map.of("groupCode", "PR", "reasonCode", "2", "amount", "50.00", "lineNumber", 1)));
        GraphQL.post(admin(), "mutation($a: AdjudicationInput) { updateClaimStatus(id: \"" + c1 + "\", status: "
                + "PARTIALLY_PAID, adjudication: $a, idempotencyKey: \"walk-eob-primary\") { invoiceIds } }",
                Map.of("a", adjudication)).body("errors", nullValue())
                .body("data.updateClaimStatus.invoiceIds", hasSize(0));
        // the visit has a second payer: the primary's adjudication made its claim (c1.S), and the patient is invoiced
        // after that last payer, so the claim every claim path reaches is the secondary (previousClaim: c1)
        String primary = c1;
        c1 = primary + ".S";
        for (String to : List.of("SUBMITTED", "ACCEPTED")) {
            GraphQL.post(admin(), "mutation { updateClaimStatus(id: \"" + c1 + "\", status: " + to + ") { status } }",
                    Map.of()).body("errors", nullValue());
        }
        // 170.50 charged: the primary settled 120.50 (OA-23 here), this payer pays 25.00, bundles 5.00 of line 2
        // (CO-97: a work item about codes) and leaves 20.00 to the patient
        adjudication = Map.of("paidAmount", "25.00", "remarks", List.of("N130"), "adjustments", List.of(
                Map.of("groupCode", "OA", "reasonCode", "23", "amount", "120.50"),
                Map.of("groupCode", "CO", "reasonCode", "97", "amount", "5.00", "lineNumber", 2),
                Map.of("groupCode", "PR", "reasonCode", "2", "amount", "20.00", "lineNumber", 1)));
        String adjudicate = "(id: \"" + c1 + "\", status: PARTIALLY_PAID, adjudication: $a, idempotencyKey: \"walk-eob\")";
        String i1 = GraphQL.post(admin(), "mutation($a: AdjudicationInput) { updateClaimStatus" + adjudicate
                + " { invoiceIds } }", Map.of("a", adjudication)).body("errors", nullValue())
                .extract().path("data.updateClaimStatus.invoiceIds[0]");
        given().header("Authorization", admin()).contentType("application/json")
                .body("{\"amount\":\"1.00\",\"kind\":\"WRITE_OFF\",\"reason\":\"courtesy\",\"expectedVersion\":1}")
                .post("/invoices/" + i1 + "/adjustments").then().statusCode(200);
        String pay = "(invoiceId: \"" + i1 + "\", amount: 1.00, method: CASH, idempotencyKey: \"walk-pay\")";
        GraphQL.post(admin(), "mutation { recordInvoicePayment" + pay + " { id } }", Map.of()).body("errors", nullValue());
        String e2 = given().header("Authorization", admin()).contentType("application/json")
                .body(GraphQL.JSON.valueToTree(onePayerEncounter()).toString()).post("/encounters").then().statusCode(201)
                .extract().path("id");
        String c2 = given().header("Authorization", admin()).contentType("application/json")
                .body("{\"encounterId\":\"" + e2 + "\"}").post("/claims").then().statusCode(201).extract().path("id");
        String submit = "(claimIds: [\"" + c2 + "\"], idempotencyKey: \"walk-submit\")";
        GraphQL.post(admin(), "mutation { submitClaims" + submit + " { id } }", Map.of()).body("errors", nullValue());
        // a status inquiry of the submitted claim, and the payer's 277 answering it (paid) with a claim of nobody's
        String inquire = "(claimIds: [\"" + c2 + "\"], idempotencyKey: \"walk-inquiry\")";
        var inquiry = GraphQL.post(admin(), "mutation { inquireClaimStatus" + inquire
                + " { id claims { claimNumber trace } } }", Map.of()).body("errors", nullValue()).extract();
        String status277 = statusResponse(inquiry.path("data.inquireClaimStatus.id"),
                inquiry.path("data.inquireClaimStatus.claims[0].claimNumber"),
                inquiry.path("data.inquireClaimStatus.claims[0].trace"));
        GraphQL.post(admin(), "mutation($x: String!) { postAcknowledgement(x12: $x) { statuses { recorded } } }",
                Map.of("x", status277)).body("errors", nullValue())
                .body("data.postAcknowledgement.statuses", hasSize(1));
        String e4 = given().header("Authorization", admin()).contentType("application/json")
                .body(GraphQL.JSON.valueToTree(richEncounter()).toString()).post("/encounters").then().statusCode(201)
                .extract().path("id");
        // an 835 whose answer reaches every link: a claim paid and reversed in it (its patient invoice voided), a
        // denial with a payment (not posted), a claim of nobody's (unmatched) and a BPR total that does not add up
        String e3 = given().header("Authorization", admin()).contentType("application/json")
                .body(GraphQL.JSON.valueToTree(onePayerEncounter()).toString()).post("/encounters").then().statusCode(201)
                .extract().path("id");
        var c3 = given().header("Authorization", admin()).contentType("application/json")
                .body("{\"encounterId\":\"" + e3 + "\"}").post("/claims").then().statusCode(201).extract();
        for (String to : List.of("SUBMITTED", "ACCEPTED")) {
            GraphQL.post(admin(), "mutation { updateClaimStatus(id: \"" + c3.path("id") + "\", status: " + to
                    + ") { status } }", Map.of()).body("errors", nullValue());
        }
        String c1Number = GraphQL.post(admin(), "query { claim(id: \"" + c1 + "\") { claimNumber } }", Map.of())
                .extract().path("data.claim.claimNumber");
        String x12 = remittance("WALK" + practice.toUpperCase(), c3.path("claimNumber"), c1Number);
        GraphQL.post(admin(), """
                mutation($x: String!) { postRemittance(x12: $x) { claimsReversed notPosted { rule }
                  invoicesVoided { invoiceId } warnings { rule } } }""", Map.of("x", x12))
                .body("errors", nullValue())
                .body("data.postRemittance.claimsReversed", equalTo(1))
                .body("data.postRemittance.notPosted[0].rule", equalTo("denied-with-payment"))
                .body("data.postRemittance.invoicesVoided", hasSize(1))
                .body("data.postRemittance.warnings[0].rule", equalTo("remittance-payment-unbalanced"));

        // a pelvic fracture: its own, its category's, block's and chapter's notes hold every kind of instruction
        roots.put("Query.code", Root.of("(system: ICD10CM, code: \"S32.810A\", on: " + ON + ")"));
        roots.put("Query.searchCodes", Root.of("(system: ICD10CM, text: \"diabetes\", on: " + ON + ", first: 3)"));
        // a header code: not billable, so the answer has issues and suggestions
        roots.put("Query.validateCodes", Root.of("(codes: [{system: ICD10CM, code: \"E11\"}], on: " + ON + ")"));
        roots.put("Query.encounter", Root.of("(id: \"" + e1 + "\")"));
        roots.put("Query.claim", Root.of("(id: \"" + c1 + "\")"));
        roots.put("Query.invoice", Root.of("(id: \"" + i1 + "\")"));
        roots.put("Query.auditTrail", Root.of("(recordId: \"" + c1 + "\")"));
        roots.put("Mutation.createEncounter", new Root(intake, "($e: EncounterInput!)", Map.of("e", rich)));
        roots.put("Mutation.codeEncounter", Root.of("(id: \"" + e4 + "\", diagnoses: [\"E11.9\"], procedures: "
                + "[{code: \"99213\", charge: 125, diagnosisPointers: [1]}])"));
        roots.put("Mutation.updateClaimStatus", new Root(adjudicate, "($a: AdjudicationInput)", Map.of("a", adjudication)));
        roots.put("Mutation.recordInvoicePayment", Root.of(pay));
        roots.put("Mutation.submitClaims", Root.of(submit));
        roots.put("Mutation.postRemittance", new Root("(x12: $x)", "($x: String!)", Map.of("x", x12)));
        roots.put("Mutation.inquireClaimStatus", Root.of(inquire));
        roots.put("Mutation.postAcknowledgement", new Root("(x12: $x)", "($x: String!)", Map.of("x", status277)));
        clearinghouse();
        workQueue(c1);
        laterCoverage(c1);
    }

    /**
     * A tertiary coverage the patient reported after the secondary claim {@code c1} was adjudicated: its claim is made
     * at once (nextClaim) and the patient's invoice, paid and adjusted, is voided as moved to it, so that the answer
     * reaches both neighbours, the invoices with their lines, and the encounter's later coverages. Sent last: the walk's
     * other roots were sent before the move.
     */
    private void laterCoverage(String c1) {
        Map<String, Object> tertiary = Map.of("payerId", "62308", "payerName", "Cigna", "memberId", "CIG0001",
                "filingIndicator", "CI", "relationship", "SELF");
        String later = "(claimId: \"" + c1 + "\", coverage: $c, idempotencyKey: \"walk-later\")";
        GraphQL.post(admin(), "mutation($c: CoverageInput!) { addLaterCoverage" + later + " { nextClaim { id } } }",
                Map.of("c", tertiary)).body("errors", nullValue())
                .body("data.addLaterCoverage.nextClaim.id", equalTo(c1 + ".T"));
        roots.put("Mutation.addLaterCoverage", new Root(later, "($c: CoverageInput!)", Map.of("c", tertiary)));
        // the last payer's verdict invoices the patient again (with the credit of the moved invoice): an outstanding
        // invoice of the two-payer visit, whose encounter's coverages[1] (secondaryCoverage) the invoices reach
        String last = c1 + ".T";
        for (String to : List.of("SUBMITTED", "ACCEPTED")) {
            GraphQL.post(admin(), "mutation { updateClaimStatus(id: \"" + last + "\", status: " + to + ") { status } }",
                    Map.of()).body("errors", nullValue());
        }
        Map<String, Object> adjudication = Map.of("paidAmount", "5.00", "adjustments", List.of(
                Map.of("groupCode", "OA", "reasonCode", "23", "amount", "150.50"),
                Map.of("groupCode", "PR", "reasonCode", "2", "amount", "15.00", "lineNumber", 1)));
        GraphQL.post(admin(), "mutation($a: AdjudicationInput) { updateClaimStatus(id: \"" + last + "\", status: "
                + "PARTIALLY_PAID, adjudication: $a) { invoiceIds } }", Map.of("a", adjudication))
                .body("errors", nullValue()).body("data.updateClaimStatus.invoiceIds", hasSize(1));
    }

    /** A 277 claim status response (005010X212) to the inquiry: the claim finalized and paid, and one we never sent. */
    static String statusResponse(String inquiryId, String claimNumber, String trace) {
        List<String> body = List.of("ST*277*0001*005010X212", "BHT*0010*08*" + inquiryId + "*20261120*0900*DG",
                "HL*1**20*1", "NM1*PR*2*ACME*****PI*60054", "HL*2*1*21*1", "NM1*41*2*SUNNY CLINIC*****46*SUBMIT01",
                "HL*3*2*19*1", "NM1*1P*2*SUNNY CLINIC*****XX*1234567893", "HL*4*3*22*0",
                "NM1*IL*1*TESTPATIENT*JANE****MI*W123456789",
                "TRN*2*" + trace, "STC*F1:65*20261119**170.5*120*20261118", "REF*EJ*" + claimNumber,
                "DTP*472*D8*20261110",
                "TRN*2*NOSUCH1-0000000000", "STC*D0:35*20261119", "REF*EJ*NOSUCH1", "DTP*472*D8*20261110");
        List<String> s = new ArrayList<>();
        s.add("ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*SUBMIT01       *261120*0900*^*00501*000000778*0*P*:");
        s.add("GS*HN*CLEARHOUSE*SUBMIT01*20261120*0900*778*X*005010X212");
        s.addAll(body);
        s.add("SE*" + (body.size() + 1) + "*0001");
        s.add("GE*1*778");
        s.add("IEA*1*000000778");
        return String.join("~\n", s) + "~\n";
    }

    private Map<String, Object> itemOf(String claimId) {
        List<Map<String, Object>> all = given().header("Authorization", admin()).queryParam("first", 100)
                .get("/work-items").then().statusCode(200).extract().jsonPath().getList("items");
        return all.stream().filter(i -> claimId.equals(i.get("claimId"))).findFirst().orElseThrow();
    }

    private void noteByRest(String id, int version) {
        given().header("Authorization", admin()).contentType("application/json")
                .body("{\"text\":\"called the payer\",\"expectedVersion\":" + version + "}")
                .post("/work-items/" + id + "/notes").then().statusCode(200);
    }

    /**
     * Work items of every reach: the bundled line of {@code c1} (open, with a note, about codes), and two partly
     * paid claims with a bundled line each, whose items are worked through each mutation once under an idempotency key (noted first, so every
     * answer has a note), so that the walk's replays answer the first answers.
     */
    private void workQueue(String c1) {
        List<String> denied = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String e = given().header("Authorization", admin()).contentType("application/json")
                    .body(GraphQL.JSON.valueToTree(onePayerEncounter()).toString()).post("/encounters").then().statusCode(201)
                    .extract().path("id");
            String c = given().header("Authorization", admin()).contentType("application/json")
                    .body("{\"encounterId\":\"" + e + "\"}").post("/claims").then().statusCode(201).extract().path("id");
            for (String to : List.of("SUBMITTED", "ACCEPTED")) {
                GraphQL.post(admin(), "mutation { updateClaimStatus(id: \"" + c + "\", status: " + to + ") { status } }",
                        Map.of()).body("errors", nullValue());
            }
            denied.add(c);
            if (i == 0) {
                // its item is noted and worked below, and its copay invoiced: every link under the claim is reached
                roots.put("Mutation.createClaim", Root.of("(encounterId: \"" + e + "\")"));
            }
        }
        List<String> s = new ArrayList<>(List.of(
                "ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261120*0900*^*00501*000000780*0*P*:",
                "GS*HP*ACMEPAYER*SUBMIT01*20261120*0900*780*X*005010X221A1", "ST*835*0001*005010X221A1",
                "BPR*I*180*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261120", "TRN*1*WQ" + practice.toUpperCase() + "*1123456789",
                "N1*PR*AETNA", "REF*2U*60054", "N1*PE*SUNNY CLINIC*XX*1234567893", "LX*1"));
        for (String c : denied) {
            String number = GraphQL.post(admin(), "query { claim(id: \"" + c + "\") { claimNumber } }", Map.of())
                    .extract().path("data.claim.claimNumber");
            // partly paid with a copay (an invoice) and a remark, its second line bundled (CO-97): one item each
            s.addAll(List.of("CLP*" + number + "*2*170.5*90*10*12*PCNW" + number + "*11*1", "MOA***N130",
                    "SVC*HC:99213*125*90**1", "CAS*PR*3*10", "CAS*CO*45*25", "SVC*HC:83036*45.5*0**1", "CAS*CO*97*45.5",
                    "LQ*HE*M15"));
        }
        s.add("SE*" + (s.size() - 1) + "*0001");
        s.addAll(List.of("GE*1*780", "IEA*1*000000780"));
        GraphQL.post(admin(), "mutation($x: String!) { postRemittance(x12: $x) { claimsPartiallyPaid } }",
                Map.of("x", String.join("~\n", s) + "~\n")).body("errors", nullValue())
                .body("data.postRemittance.claimsPartiallyPaid", equalTo(2));
        for (String c : denied) {
            // the copay's invoice with an adjustment and a payment, so that every link under the item's claim is reached
            String invoice = GraphQL.post(admin(), "query { claim(id: \"" + c + "\") { invoiceIds } }", Map.of())
                    .extract().path("data.claim.invoiceIds[0]");
            given().header("Authorization", admin()).contentType("application/json")
                    .body("{\"amount\":\"1.00\",\"kind\":\"WRITE_OFF\",\"reason\":\"courtesy\",\"expectedVersion\":1}")
                    .post("/invoices/" + invoice + "/adjustments").then().statusCode(200);
            GraphQL.post(admin(), "mutation { recordInvoicePayment(invoiceId: \"" + invoice + "\", amount: 1.00, method: "
                    + "CASH, idempotencyKey: \"walk-pay-" + invoice + "\") { id } }", Map.of()).body("errors", nullValue());
        }

        Map<String, Object> open = itemOf(c1);
        noteByRest((String) open.get("id"), (Integer) open.get("version"));
        roots.put("Query.workItem", Root.of("(id: \"" + open.get("id") + "\")"));

        String a = (String) itemOf(denied.get(0)).get("id");
        String[][] steps = {
                {"noteWorkItem", "text: \"asked for the records\", expectedVersion: 1, idempotencyKey: \"walk-note\""},
                {"assignWorkItem", "assignee: \"walk.biller\", expectedVersion: 2, idempotencyKey: \"walk-assign\""},
                {"startWorkItem", "expectedVersion: 3, idempotencyKey: \"walk-start\""},
                {"resolveWorkItem", "note: \"appealed with records\", expectedVersion: 4, idempotencyKey: \"walk-resolve\""}};
        for (String[] step : steps) {
            String args = "(id: \"" + a + "\", " + step[1] + ")";
            GraphQL.post(admin(), "mutation { " + step[0] + args + " { version } }", Map.of()).body("errors", nullValue());
            roots.put("Mutation." + step[0], Root.of(args));
        }
        String b = (String) itemOf(denied.get(1)).get("id");
        noteByRest(b, 1);
        String close = "(id: \"" + b + "\", reason: \"the patient paid the payer directly\", expectedVersion: 2, "
                + "idempotencyKey: \"walk-close\")";
        GraphQL.post(admin(), "mutation { closeWorkItem" + close + " { version } }", Map.of()).body("errors", nullValue());
        roots.put("Mutation.closeWorkItem", Root.of(close));
    }

    /**
     * A clearinghouse connection to a real mailbox and a file received through it (unreadable, so quarantined: a
     * file of every kind has the same fields), so that the connection, its health and the files are reached.
     */
    private void clearinghouse() {
        try {
            Path dir = Files.createTempDirectory("walk-mailbox-");
            try (MailboxServer mailbox = MailboxServer.start(dir.resolve("root"), dir.resolve("key"), 0, "practice",
                    "mailbox-pass", k -> false)) {
                Files.createDirectories(mailbox.root().resolve("out"));
                Path f = Files.createDirectories(mailbox.root().resolve("in")).resolve("unreadable.bin");
                Files.writeString(f, "not an interchange");
                Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("host", "127.0.0.1");
                c.put("port", mailbox.port());
                c.put("user", "practice");
                c.put("password", "mailbox-pass");
                c.put("hostKey", mailbox.hostKeyLine());
                c.put("outgoingFolder", "out");
                c.put("incomingFolder", "in");
                c.put("environment", "TEST");
                String set = "(connection: $c)";
                GraphQL.post(admin(), "mutation($c: ClearinghouseConnectionInput!) { setClearinghouseConnection" + set
                        + " { version } }", Map.of("c", c)).body("errors", nullValue());
                given().header("Authorization", admin()).post("/clearinghouse/runs").then().statusCode(200)
                        .body("quarantined", equalTo(1));
                c.remove("password");
                roots.put("Mutation.setClearinghouseConnection",
                        new Root(set, "($c: ClearinghouseConnectionInput!)", Map.of("c", c)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file = GraphQL.post(admin(), "{ exchangedFiles(first: 1) { edges { node { id } } } }", Map.of())
                .body("errors", nullValue()).extract().path("data.exchangedFiles.edges[0].node.id");
        roots.put("Query.exchangedFile", Root.of("(id: \"" + file + "\")"));
        roots.put("Query.exchangedFileDownload", Root.of("(id: \"" + file + "\")"));
    }

    /** Paid then reversed {@code paidAndReversed}, a denial with a payment for {@code denied}, one unmatched claim. */
    static String remittance(String trace, String paidAndReversed, String denied) {
        List<String> s = new ArrayList<>(List.of(
                "ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261120*0900*^*00501*000000779*0*P*:",
                "GS*HP*ACMEPAYER*SUBMIT01*20261120*0900*779*X*005010X221A1", "ST*835*0001*005010X221A1",
                "BPR*I*999.99*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261120",
                "TRN*1*" + trace + "*1123456789", "DTM*405*20261120", "N1*PR*AETNA", "REF*2U*60054",
                "N1*PE*SUNNY CLINIC*XX*1234567893", "LX*1"));
        for (String[] clp : List.of(new String[] {"NOSUCHCLAIM1", ""}, new String[] {paidAndReversed, ""},
                new String[] {paidAndReversed, "-"})) {
            String m = clp[1];
            s.addAll(List.of("CLP*" + clp[0] + "*" + (m.isEmpty() ? "1" : "22") + "*" + m + "170.5*" + m + "120.5*" + m
                            + "15*12*PCN" + trace + "*11*1",
                    "SVC*HC:99213*" + m + "125*" + m + "90**" + m + "1", "CAS*CO*45*" + m + "25", "CAS*PR*2*" + m + "10",
                    "SVC*HC:83036*" + m + "45.5*" + m + "30.5**" + m + "1", "CAS*CO*45*" + m + "10", "CAS*PR*2*" + m + "5"));
        }
        s.addAll(List.of("CLP*" + denied + "*4*170.5*50*0*12*PCND" + trace + "*11*1",
                "SVC*HC:99213*125*50**1", "CAS*CO*45*75", "SVC*HC:83036*45.5*0**1", "CAS*CO*45*45.5"));
        s.add("SE*" + (s.size() - 1) + "*0001");
        s.addAll(List.of("GE*1*779", "IEA*1*000000779"));
        return String.join("~\n", s) + "~\n";
    }

    /**
     * The demo visit with everything an encounter and its claim can link to: two coverages with subscribers, three
     * providers, and a diagnosis for the other sex (a Medicare Code Editor warning on the claim).
     */
    static EncounterInput richEncounter() {
        EncounterInput e = Encounters.anOfficeVisit();
        var procedures = List.of(new EncounterInput.ProcedureInput("99213", "CPT", List.of(), 1, "125.00", List.of(1, 2, 3),
                null, null, null), e.procedures().get(1));
        var parent = new EncounterInput.PersonInput("P-1000", "Orla", "Quennevillé", "1960-02-14", "F",
                e.patient().address());
        var primary = new EncounterInput.CoverageInput("60054", "Aetna", Encounters.MEMBER_ID, "GRP-552", "CI", "CHILD", parent);
        var secondary = new EncounterInput.CoverageInput("87726", "UnitedHealthcare", "UHC0001", null, "CI", "CHILD", parent);
        var referring = new EncounterInput.ProviderInput(Encounters.RENDERING_NPI, "Ines", "Varga", null);
        return new EncounterInput(e.patient(), primary, secondary, e.billingProvider(), e.renderingProvider(), referring,
                null, "AUTH123", null, e.assignmentOfBenefits(), e.releaseOfInformation(), e.signatureOnFile(),
                e.serviceDate(), null, e.placeOfService(), List.of("E11.9", "I10", "N40.0"), procedures);
    }

    /** The demo visit billed to its only payer: its claims invoice the patient after that payer. */
    static EncounterInput onePayerEncounter() {
        EncounterInput e = richEncounter();
        return new EncounterInput(e.patient(), e.coverage(), null, e.billingProvider(), e.renderingProvider(),
                e.referringProvider(), null, e.priorAuthorization(), null, e.assignmentOfBenefits(),
                e.releaseOfInformation(), e.signatureOnFile(), e.serviceDate(), null, e.placeOfService(), e.diagnoses(),
                e.procedures());
    }

    static TypeDefinitionRegistry schema() {
        return new SchemaParser().parse(SCHEMA);
    }

    static Map<String, ObjectTypeDefinition> objectTypes(TypeDefinitionRegistry schema) {
        Map<String, ObjectTypeDefinition> out = new LinkedHashMap<>();
        schema.getTypes(ObjectTypeDefinition.class).forEach(t -> out.put(t.getName(), t));
        return out;
    }

    static String typeName(Type<?> type) {
        return ((TypeName) TypeUtil.unwrapAll(type)).getName();
    }

    @Test
    void roleTable_hasARowForEveryTypeAndRootFieldOfTheSchema_andNothingElse() {
        Map<String, ObjectTypeDefinition> types = objectTypes(schema());
        List<String> problems = new ArrayList<>();
        types.forEach((name, type) -> {
            RoleTable.TypeRule rule = RoleTable.types().get(name);
            if (rule == null) {
                problems.add("type " + name + " has no row in RoleTable: nobody can read it");
                return;
            }
            Set<String> fields = type.getFieldDefinitions().stream().map(FieldDefinition::getName).collect(Collectors.toSet());
            rule.fields().keySet().stream().filter(f -> !fields.contains(f))
                    .forEach(f -> problems.add("RoleTable names " + name + "." + f + ", which the schema does not have"));
            type.getFieldDefinitions().stream().filter(f -> rule.rolesFor(f.getName()).isEmpty())
                    .forEach(f -> problems.add(name + "." + f.getName() + " has no roles: nobody can read it"));
        });
        RoleTable.types().keySet().stream().filter(t -> !types.containsKey(t))
                .forEach(t -> problems.add("RoleTable has a row for " + t + ", which the schema does not have"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every path from a root field, each type at most once on it. */
    static List<List<Step>> paths(Map<String, ObjectTypeDefinition> types) {
        List<List<Step>> out = new ArrayList<>();
        for (String root : List.of("Query", "Mutation")) {
            for (FieldDefinition f : types.get(root).getFieldDefinitions()) {
                String answers = typeName(f.getType());
                if (types.containsKey(answers)) {
                    walk(types, List.of(new Step(root, f.getName(), answers)), out);
                }
            }
        }
        return out;
    }

    private static void walk(Map<String, ObjectTypeDefinition> types, List<Step> path, List<List<Step>> out) {
        out.add(path);
        Set<String> seen = path.stream().map(Step::answers).collect(Collectors.toSet());
        String at = path.get(path.size() - 1).answers();
        for (FieldDefinition f : types.get(at).getFieldDefinitions()) {
            String answers = typeName(f.getType());
            if (types.containsKey(answers) && !seen.contains(answers)) {
                List<Step> longer = new ArrayList<>(path);
                longer.add(new Step(at, f.getName(), answers));
                walk(types, longer, out);
            }
        }
    }

    /** The plain (scalar and enum) fields of a type: what a path selects at its end. */
    static List<String> plainFields(Map<String, ObjectTypeDefinition> types, String type) {
        return types.get(type).getFieldDefinitions().stream().filter(f -> !types.containsKey(typeName(f.getType())))
                .map(FieldDefinition::getName).toList();
    }

    @Test
    void everyPathOfTheSchema_answersEachRoleAsTheRoleTableSays() throws Exception {
        seed();
        Map<String, ObjectTypeDefinition> types = objectTypes(schema());
        List<List<Step>> paths = paths(types);
        List<String> failures = new ArrayList<>();
        int walked = 0;
        for (List<Step> path : paths) {
            Root root = roots.get(path.get(0).coordinate());
            if (root == null && types.get(path.get(0).type()).getFieldDefinitions().stream()
                    .filter(f -> f.getName().equals(path.get(0).field()))
                    .anyMatch(f -> f.getInputValueDefinitions().stream().anyMatch(a -> TypeUtil.isNonNull(a.getType())))) {
                failures.add(path.get(0).coordinate() + " has required arguments: give the walk its arguments in seed()");
                continue;
            }
            String document = document(path, root == null ? Root.of("") : root, plainFields(types, path.get(path.size() - 1).answers()));
            for (String role : ROLES) {
                var response = given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/json")
                        .body(GraphQL.JSON.writeValueAsString(Map.of("query", document,
                                "variables", root == null ? Map.of() : root.variables())))
                        .post("/graphql");
                String problem = check(path, plainFields(types, path.get(path.size() - 1).answers()), role,
                        GraphQL.JSON.readTree(response.asString()));
                if (problem != null) {
                    failures.add(role + " " + render(path) + ": " + problem);
                }
                walked++;
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + walked + " walks differ from RoleTable:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(paths.size() > 100, "the walk found only " + paths.size() + " paths");
    }

    static String render(List<Step> path) {
        return path.stream().map(Step::coordinate).collect(Collectors.joining(" > "));
    }

    static String document(List<Step> path, Root root, List<String> plain) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            open.append(path.get(i).field()).append(i == 0 ? root.arguments() : "").append(" { ");
            close.append(" }");
        }
        String operation = "Mutation".equals(path.get(0).type()) ? "mutation" : "query";
        return operation + " Walk" + root.variableDefinitions() + " { " + open + String.join(" ", plain) + close + " }";
    }

    /** One error of an answer: where (field names, list positions left out), its rule and message. */
    record Failure(String where, String rule, String message) {
    }

    /** What differs from the table in one answer, or null. */
    private static String check(List<Step> path, List<String> plain, String role, JsonNode answer) {
        List<String> forbidden = new ArrayList<>();
        List<Failure> others = new ArrayList<>();
        for (JsonNode error : answer.path("errors")) {
            List<String> at = new ArrayList<>();
            error.path("path").forEach(p -> {
                if (!p.isNumber()) {
                    at.add(p.asText());
                }
            });
            Failure f = new Failure(String.join("/", at), error.path("extensions").path("code").asText(),
                    error.path("message").asText());
            if ("forbidden".equals(f.rule())) {
                forbidden.add(f.where());
            } else {
                others.add(f);
            }
        }
        List<String> names = path.stream().map(Step::field).toList();
        for (int i = 0; i < path.size(); i++) {
            if (!allowed(path.get(i).type(), path.get(i).field(), role)) {
                String expected = String.join("/", names.subList(0, i + 1));
                if (forbidden.isEmpty() || forbidden.stream().anyMatch(f -> !f.equals(expected)) || !others.isEmpty()) {
                    return "expected only forbidden at " + expected + ", got forbidden " + forbidden + " and " + others;
                }
                return null;
            }
        }
        String end = path.get(path.size() - 1).answers();
        String prefix = String.join("/", names) + "/";
        List<Failure> unexpected = others.stream().filter(o -> !(o.where().startsWith(prefix)
                && o.rule().equals(OTHER_RULES.get(end + "." + o.where().substring(prefix.length()))))).toList();
        if (!unexpected.isEmpty()) {
            return "errors other than forbidden: " + unexpected;
        }
        Set<String> expected = new TreeSet<>();
        for (String f : plain) {
            if (!allowed(end, f, role)) {
                expected.add(prefix + f);
            }
        }
        if (reach(answer.path("data"), names).isEmpty()) {
            return unreachable(path) ? (forbidden.isEmpty() ? null : "unexpected forbidden " + forbidden)
                    : "no record reached the end of the path: seed one";
        }
        if (!new TreeSet<>(forbidden).equals(expected)) {
            return "expected forbidden " + expected + ", got " + new TreeSet<>(forbidden);
        }
        return null;
    }

    static boolean allowed(String type, String field, String role) {
        return RoleTable.rolesFor(type, field).map(r -> r.contains(role)).orElse(false);
    }

    static boolean unreachable(List<Step> path) {
        String rendered = path.stream().map(Step::coordinate).collect(Collectors.joining(">"));
        return UNREACHABLE_BELOW.stream().anyMatch(rendered::startsWith);
    }

    /** The objects at the end of a path in an answer's data, through every list on the way. */
    static List<JsonNode> reach(JsonNode data, List<String> names) {
        List<JsonNode> at = new ArrayList<>(List.of(data));
        for (String name : names) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : at) {
                JsonNode value = node.path(name);
                if (value.isArray()) {
                    value.forEach(v -> {
                        if (v.isObject()) {
                            next.add(v);
                        }
                    });
                } else if (value.isObject()) {
                    next.add(value);
                }
            }
            at = next;
        }
        return at;
    }
}
