package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Not a test: the tool that captures the items the code stores, as fixtures for billing-dynamodb's
 * {@code StoredItemsTest} (which reads every one of them through the mappers, so that items written by older code
 * still read). It drives real flows through the public REST API of the three functions (encounters with and
 * without a secondary coverage and self-pay; claims through every status, with postings, reversals, corrections,
 * replacements and voids; invoices with payments, adjustments, credits and voids; submissions; remittances;
 * practice settings), then writes every item of its practice, table by table, as DynamoDB JSON, with a label per
 * item the reading test names. Runs only when {@code BILLING_CAPTURE_ITEMS} names the folder to write:
 * <pre>BILLING_CAPTURE_ITEMS=$PWD/functions/billing-dynamodb/src/test/resources/stored-items/vN \
 *   ./mvnw -B -o -pl gateway -am verify -Dtest=StoredItemsCapture -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The folder of a version, once committed, is never captured again: it is what that version's code wrote.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class StoredItemsCapture {
    private static final String NEW_PROCEDURES = "{\"procedures\":[{\"code\":\"99214\",\"charge\":\"180.00\","
            + "\"diagnosisPointers\":[1,2]}]}";

    @Inject
    DynamoDbClient dynamo;
    @Inject
    Tables tables;

    private final String practice = "capture" + UUID.randomUUID().toString().substring(0, 6);
    /** label → the pk of the item it names (claim, encounter, invoice... by their ids). */
    private final Map<String, String> labels = new LinkedHashMap<>();

    private String as(String role) {
        return Tokens.bearer(practice, role);
    }

    private ExtractableResponse<Response> post(String role, String path, String body, int status) {
        return given().header("Authorization", as(role)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(body).post(path).then().statusCode(status).extract();
    }

    private ExtractableResponse<Response> postX12(String path, String x12) {
        return given().header("Authorization", as("partner")).contentType("application/edi-x12")
                .body(x12.getBytes(StandardCharsets.ISO_8859_1)).post(path).then().statusCode(200).extract();
    }

    private static final String PATIENT = "{\"id\":\"P-1001\",\"firstName\":\"Zelphira\",\"lastName\":\"Quenneville\","
            + "\"dateOfBirth\":\"1961-07-23\",\"sex\":\"F\",\"address\":{\"line1\":\"417 Wrenfield Lane\","
            + "\"city\":\"Springfield\",\"state\":\"IL\",\"postalCode\":\"62704\"}}";
    private static final String COVERAGE = "{\"payerId\":\"60054\",\"payerName\":\"Aetna\",\"memberId\":\"MBRX99821437\","
            + "\"groupNumber\":\"GRP-552\",\"filingIndicator\":\"CI\",\"relationship\":\"SELF\"}";
    private static final String SECONDARY = "{\"payerId\":\"87726\",\"payerName\":\"Harborline Mutual\","
            + "\"memberId\":\"HM55120877\",\"groupNumber\":\"HX-9\",\"filingIndicator\":\"CI\",\"relationship\":\"SPOUSE\","
            + "\"subscriber\":{\"id\":\"S-77\",\"firstName\":\"Odalric\",\"lastName\":\"Quenneville\","
            + "\"dateOfBirth\":\"1958-02-11\",\"sex\":\"M\",\"address\":{\"line1\":\"417 Wrenfield Lane\","
            + "\"city\":\"Springfield\",\"state\":\"IL\",\"postalCode\":\"62704\"}}}";
    private static final String BILLING = "{\"npi\":\"1234567893\",\"taxId\":\"123456789\",\"organizationName\":"
            + "\"Lakeside Family Practice\",\"taxonomyCode\":\"207Q00000X\",\"address\":{\"line1\":\"100 Main Street\","
            + "\"line2\":\"Suite 2\",\"city\":\"Springfield\",\"state\":\"IL\",\"postalCode\":\"62701\"}}";
    private static final String PROCEDURES = "[{\"code\":\"99213\",\"system\":\"CPT\",\"units\":1,\"charge\":\"125.00\","
            + "\"diagnosisPointers\":[1,2]},{\"code\":\"83036\",\"system\":\"CPT\",\"units\":1,\"charge\":\"45.50\","
            + "\"diagnosisPointers\":[1]}]";

    private String encounter(String coverage, String secondary, boolean coded, String extra) {
        return "{\"patient\":" + PATIENT + ",\"coverage\":" + coverage
                + (secondary == null ? "" : ",\"secondaryCoverage\":" + secondary)
                + ",\"billingProvider\":" + BILLING + ",\"renderingProvider\":{\"npi\":\"1245319599\",\"firstName\":"
                + "\"Amara\",\"lastName\":\"Okafor\",\"taxonomyCode\":\"207Q00000X\"},\"assignmentOfBenefits\":true,"
                + "\"releaseOfInformation\":\"Y\",\"signatureOnFile\":true,\"serviceDate\":\"2026-11-10\","
                + "\"placeOfService\":\"11\"" + extra
                + (coded ? ",\"diagnoses\":[\"E11.9\",\"I10\"],\"procedures\":" + PROCEDURES : "") + "}";
    }

    private String newEncounter(String label, String body) {
        String id = post("coder", "/encounters", body, 201).path("id");
        labels.put(label, practice + "#" + id);
        return id;
    }

    private record Billed(String id, String number, String encounterId) {
    }

    private Billed claim(String label, String encounterId) {
        var r = post("biller", "/claims", "{\"encounterId\":\"" + encounterId + "\"}", 201);
        labels.put(label, practice + "#" + r.path("id"));
        return new Billed(r.path("id"), r.path("claimNumber"), encounterId);
    }

    private Billed coded(String label) {
        return claim(label, newEncounter("encounter-of-" + label, encounter(COVERAGE, null, true, "")));
    }

    private Map<String, Object> submit(String label, List<Billed> claims) {
        StringBuilder ids = new StringBuilder();
        claims.forEach(c -> ids.append(ids.isEmpty() ? "" : ",").append('"').append(c.id()).append('"'));
        var r = post("biller", "/submissions", "{\"claimIds\":[" + ids + "]}", 201);
        labels.put(label, practice + "#" + r.path("id"));
        return r.path("controlNumbers");
    }

    private Map<String, Object> remit(String label, String total, List<String> clps) {
        String trace = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> s = new ArrayList<>(List.of(
                "ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261120*0900*^*00501*000000778*0*P*:",
                "GS*HP*ACMEPAYER*SUBMIT01*20261120*0900*778*X*005010X221A1", "ST*835*0001*005010X221A1",
                "BPR*I*" + total.replace("-", "") + "*" + (total.startsWith("-") ? "D" : "C")
                        + "*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261120",
                "TRN*1*" + trace + "*1123456789", "N1*PR*AETNA", "N1*PE*SUNNY CLINIC*XX*1234567893", "LX*1"));
        s.addAll(clps);
        s.add("SE*" + (s.size() - 1) + "*0001");
        s.add("GE*1*778");
        s.add("IEA*1*000000778");
        Map<String, Object> answer = postX12("/remittances", String.join("~\n", s) + "~\n").path("");
        assertEquals(List.of(), answer.get("notPosted"), answer.toString());
        labels.put(label, practice + "#835#10:1123456789#" + trace);
        return answer;
    }

    /** The fixture claim (99213 125.00, 83036 45.50) paid {@code paid} with a copay of {@code copay} on line 1. */
    private static List<String> paid(String number, String paid, String copay, String pcn) {
        java.math.BigDecimal line1 = new java.math.BigDecimal(paid).subtract(new java.math.BigDecimal("35"));
        java.math.BigDecimal co1 = new java.math.BigDecimal("125").subtract(line1).subtract(new java.math.BigDecimal(copay));
        return List.of("CLP*" + number + "*1*170.5*" + paid + "*" + copay + "*12*" + pcn + "*11*1",
                "SVC*HC:99213*125*" + line1 + "**1", "CAS*PR*3*" + copay, "CAS*CO*45*" + co1,
                "SVC*HC:83036*45.5*35**1", "CAS*CO*45*10.5");
    }

    private static List<String> reversed(String number, String paid, String copay, String pcn) {
        java.math.BigDecimal line1 = new java.math.BigDecimal(paid).subtract(new java.math.BigDecimal("35"));
        java.math.BigDecimal co1 = new java.math.BigDecimal("125").subtract(line1).subtract(new java.math.BigDecimal(copay));
        return List.of("CLP*" + number + "*22*-170.5*-" + paid + "*-" + copay + "*12*" + pcn + "*11*1",
                "SVC*HC:99213*-125*-" + line1 + "**-1", "CAS*PR*3*-" + copay, "CAS*CO*45*-" + co1,
                "SVC*HC:83036*-45.5*-35**-1", "CAS*CO*45*-10.5");
    }

    private static List<String> join(List<List<String>> parts) {
        List<String> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    private String ack277(Map<String, String> verdicts) {
        List<String> s = new ArrayList<>(List.of(
                "ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*SUBMIT01       *261201*0900*^*00501*000000201*0*P*:",
                "GS*HN*CLEARHOUSE*SUBMIT01*20261201*0900*1201*X*005010X214", "ST*277*0001*005010X214",
                "BHT*0085*08*277CA0001*20261201*0900*TH", "HL*1**20*1", "NM1*PR*2*ACME HEALTH*****PI*60054",
                "TRN*1*0091182", "DTP*050*D8*20261201", "DTP*009*D8*20261201", "HL*2*1*21*1",
                "NM1*41*2*LAKESIDE BILLING*****46*SUBMIT01", "TRN*2*7-0001", "STC*A1:19:PR*20261201*WQ*511.5",
                "HL*3*2*19*1", "NM1*85*2*LAKESIDE FAMILY PRACTICE*****XX*1234567893", "TRN*1*0", "REF*TJ*123456789"));
        int hl = 4;
        for (Map.Entry<String, String> v : verdicts.entrySet()) {
            s.add("HL*" + hl++ + "*3*PT");
            s.add("NM1*QC*1*QUENNEVILLE*ZELPHIRA****MI*MBRX99821437");
            s.add("TRN*2*" + v.getKey());
            if (v.getValue().equals("A")) {
                s.add("STC*A1:20:PR*20261201*WQ*170.5");
                s.add("REF*1K*PCNACK" + hl);
            } else {
                s.add("STC*A7:562:85*20261201*U*170.5");
            }
            s.add("DTP*472*D8*20261110");
        }
        s.add("SE*" + (s.size() - 1) + "*0001");
        s.add("GE*1*1201");
        s.add("IEA*1*000000201");
        return String.join("~\n", s) + "~\n";
    }

    private List<String> invoiceIds(String claimId) {
        return given().header("Authorization", as("biller")).get("/claims/{id}", claimId).then().statusCode(200)
                .extract().path("invoiceIds");
    }

    private long version(String path) {
        return ((Number) given().header("Authorization", as("biller")).get(path).then().statusCode(200)
                .extract().path("version")).longValue();
    }

    private void pay(String invoiceId, String amount) {
        post("biller", "/invoices/" + invoiceId + "/payments", "{\"amount\":\"" + amount + "\",\"method\":\"CARD\","
                + "\"reference\":\"txn-" + amount + "\"}", 200);
    }

    @Test
    void capture() throws IOException {
        String folder = System.getenv("BILLING_CAPTURE_ITEMS");
        assumeTrue(folder != null && !folder.isBlank(), "set BILLING_CAPTURE_ITEMS to capture stored items");

        given().header("Authorization", as("admin")).contentType("application/json").body("{\"submitterId\":\"SUBMIT01\","
                + "\"submitterName\":\"LAKESIDE BILLING\",\"submitterContact\":{\"name\":\"Billing Office\",\"phone\":"
                + "\"2175550100\",\"email\":\"billing@example.test\"},\"receiverId\":\"CLEARHOUSE\",\"receiverName\":"
                + "\"ACME CLEARINGHOUSE\",\"usageIndicator\":\"T\",\"timeZone\":\"America/Chicago\","
                + "\"statementDueDays\":21}").put("/practice/settings").then().statusCode(200);
        labels.put("practice-settings", practice);

        // encounters: one with a secondary coverage and every optional detail, self-pay, open then coded
        String rich = newEncounter("encounter-secondary", encounter(COVERAGE, SECONDARY, true,
                ",\"referringProvider\":{\"npi\":\"1245319599\",\"firstName\":\"Idris\",\"lastName\":\"Vantongeren\"},"
                        + "\"serviceFacility\":{\"npi\":\"1234567893\",\"name\":\"Lakeside Annex\",\"address\":{\"line1\":"
                        + "\"9 Harbor Road\",\"city\":\"Springfield\",\"state\":\"IL\",\"postalCode\":\"62702\"}},"
                        + "\"priorAuthorization\":\"AUTH-2231\",\"accident\":{\"type\":\"AUTO\",\"state\":\"IL\","
                        + "\"date\":\"2026-11-01\"},\"serviceDateTo\":\"2026-11-10\""));
        String selfPay = newEncounter("encounter-self-pay", encounter("null", null, true, ""));
        String open = newEncounter("encounter-open", encounter(COVERAGE, null, false, ""));
        String recoded = newEncounter("encounter-recoded", encounter(COVERAGE, null, false, ""));
        given().header("Authorization", as("coder")).contentType("application/json")
                .body("{\"diagnoses\":[\"E11.9\"],\"procedures\":[{\"code\":\"99213\",\"modifiers\":[\"25\"],\"charge\":"
                        + "\"125.00\",\"diagnosisPointers\":[1]},{\"code\":\"J3420\",\"system\":\"HCPCS\",\"units\":2,"
                        + "\"charge\":\"30.00\",\"diagnosisPointers\":[1],\"ndc\":\"00409-4911-01\"}],\"expectedVersion\":1}")
                .put("/encounters/{id}/codes", recoded).then().statusCode(200);
        assertEquals(1, version("/encounters/" + open));

        // self-pay: the invoice, part paid, a write-off
        String selfPayInvoice = post("biller", "/encounters/" + selfPay + "/invoice", "", 201).path("id");
        labels.put("invoice-self-pay", practice + "#" + selfPayInvoice);
        pay(selfPayInvoice, "50.00");
        post("biller", "/invoices/" + selfPayInvoice + "/adjustments", "{\"amount\":\"20.50\",\"kind\":\"WRITE_OFF\","
                + "\"reason\":\"prompt-pay discount\",\"expectedVersion\":" + version("/invoices/" + selfPayInvoice) + "}", 200);

        Billed ready = claim("claim-ready", recoded);
        Billed secondary = claim("claim-submitted-secondary", rich);
        Billed accepted = coded("claim-accepted");
        Billed rejected = coded("claim-rejected");
        Billed correctedInPlace = coded("claim-corrected-in-place");
        Billed paid = coded("claim-paid");
        Billed closed = coded("claim-closed");
        Billed partial = coded("claim-partially-paid");
        Billed denied = coded("claim-denied");
        Billed reversed = coded("claim-reversed");
        Billed replaced = coded("claim-replaced");
        Billed voidPending = coded("claim-voided-pending");
        Billed voidSent = coded("claim-voided-sent");
        Billed unprocessable = coded("claim-denied-unprocessable");
        Billed byHand = coded("claim-paid-by-hand");
        Billed voidedReady = coded("claim-voided-ready");
        labels.put("claim-number-item", practice + "#number#" + paid.number());

        Map<String, Object> first = submit("submission-first", List.of(secondary, accepted, rejected, correctedInPlace,
                paid, closed, partial, denied, reversed, replaced, voidPending, voidSent, unprocessable, byHand));
        postX12("/acknowledgements", "ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*SUBMIT01       *261201*0900*^*00501*000000101*0*P*:~"
                + "GS*FA*CLEARHOUSE*SUBMIT01*20261201*0900*901*X*005010X231A1~ST*999*0001*005010X231A1~"
                + "AK1*HC*" + first.get("group") + "*005010X222A1~AK2*837*" + ((List<?>) first.get("transactions")).get(0)
                + "*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*901~IEA*1*000000101~");
        Map<String, String> verdicts = new LinkedHashMap<>();
        verdicts.put(accepted.number(), "A");
        verdicts.put(rejected.number(), "R");
        verdicts.put(correctedInPlace.number(), "R");
        postX12("/acknowledgements", ack277(verdicts));
        post("biller", "/claims/" + correctedInPlace.id() + "/corrections", "{\"encounter\":{\"priorAuthorization\":"
                + "\"AUTH-9\"}}", 200);

        remit("remittance-payments", "805", join(List.of(paid(paid.number(), "120", "20", "PCNPAID"),
                paid(closed.number(), "120", "20", "PCNCLOSED"),
                List.of("CLP*" + partial.number() + "*1*170.5*85*10*12*PCNPART*11*1", "SVC*HC:99213*125*85**1",
                        "CAS*PR*3*10", "CAS*CO*45*30", "SVC*HC:83036*45.5*0**1", "CAS*CO*97*45.5", "LQ*HE*M15"),
                List.of("CLP*" + denied.number() + "*4*170.5*0*0*12*PCNDENIED*11*1", "CAS*CO*29*170.5", "MOA***MA01"),
                paid(reversed.number(), "120", "20", "PCNREV"), paid(replaced.number(), "120", "20", "PCNREPL"),
                paid(voidPending.number(), "120", "20", "PCNVOIDP"), paid(voidSent.number(), "120", "20", "PCNVOIDS"),
                List.of("CLP*" + unprocessable.number() + "*4*170.5*0*0*12*PCNUNPROC", "CAS*CO*16*170.5",
                        "MOA***MA130"))));
        pay(invoiceIds(closed.id()).get(0), "20.00");
        pay(invoiceIds(reversed.id()).get(0), "20.00");
        remit("remittance-reversal", "-10", join(List.of(reversed(reversed.number(), "120", "20", "PCNREV"),
                paid(reversed.number(), "110", "30", "PCNREV2"))));

        labels.put("invoice-open", practice + "#" + invoiceIds(paid.id()).get(0));
        labels.put("invoice-paid", practice + "#" + invoiceIds(closed.id()).get(0));
        List<String> reversedInvoices = invoiceIds(reversed.id());
        labels.put("invoice-void-credit-carried", practice + "#" + reversedInvoices.get(0));
        labels.put("invoice-credit-received", practice + "#" + reversedInvoices.get(1));

        pay(invoiceIds(replaced.id()).get(0), "5.00");
        String replacement = post("biller", "/claims/" + replaced.id() + "/corrections", "{\"encounter\":"
                + NEW_PROCEDURES + "}", 201).path("id");
        labels.put("claim-replacement", practice + "#" + replacement);
        String anew = post("biller", "/claims/" + unprocessable.id() + "/corrections", "{\"encounter\":"
                + NEW_PROCEDURES + "}", 201).path("id");
        labels.put("claim-billed-anew", practice + "#" + anew);

        post("biller", "/claims/" + byHand.id() + "/status", "{\"status\":\"PAID\",\"reason\":\"paper EOB\","
                + "\"adjudication\":{\"paidAmount\":\"100.00\",\"patientResponsibility\":\"30.00\","
                + "\"payerClaimControlNumber\":\"EOB-77\",\"adjustments\":[{\"groupCode\":\"CO\",\"reasonCode\":\"45\","
                + "\"amount\":\"40.50\"},{\"groupCode\":\"PR\",\"reasonCode\":\"1\",\"amount\":\"30.00\",\"lineNumber\":1}],"
                + "\"lines\":[{\"lineNumber\":1,\"paidAmount\":\"70.00\"},{\"lineNumber\":2,\"paidAmount\":\"30.00\"}],"
                + "\"remarks\":[\"N130\"]}}", 200);

        post("biller", "/claims/" + voidSent.id() + "/void", "{\"reason\":\"duplicate of another claim\"}", 200);
        post("biller", "/claims/" + voidedReady.id() + "/void", "{\"reason\":\"entered in error\"}", 200);
        submit("submission-with-void", List.of(ready));
        post("biller", "/claims/" + voidPending.id() + "/void", "{\"reason\":\"wrong patient\"}", 200);
        // a READY claim again, so that one stays READY: the first was just submitted
        claim("claim-ready-again", newEncounter("encounter-for-ready", encounter(COVERAGE, null, true, "")));

        String voidedInvoice = invoiceIds(partial.id()).get(0);
        post("biller", "/invoices/" + voidedInvoice + "/void", "{\"reason\":\"billed in error\",\"expectedVersion\":"
                + version("/invoices/" + voidedInvoice) + "}", 200);
        labels.put("invoice-void", practice + "#" + voidedInvoice);
        labels.put("submission-counter", practice + "#control-counter");

        write(Path.of(folder));
    }

    private void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        for (TableSpec spec : TableDefinitions.all()) {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            // a tool, not a request path: one practice's items of a test table
            dynamo.scanPaginator(r -> r.tableName(tables.physicalName(spec))).items().forEach(i -> {
                if (i.get("pk").s().startsWith(practice + "#") || i.get("pk").s().equals(practice)) {
                    items.add(i);
                }
            });
            items.sort((a, b) -> (a.get("pk").s() + a.getOrDefault("sk", AttributeValue.fromS("")).s())
                    .compareTo(b.get("pk").s() + b.getOrDefault("sk", AttributeValue.fromS("")).s()));
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (Map<String, AttributeValue> item : items) {
                ObjectNode entry = out.addObject();
                String label = labels.entrySet().stream().filter(e -> e.getValue().equals(item.get("pk").s()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (label != null && !spec.logicalName().equals("audit")) {
                    entry.put("label", label);
                }
                entry.set("item", dynamoJson(item));
            }
            json.writeValue(folder.resolve(spec.logicalName() + ".json").toFile(), out);
        }
        json.writeValue(folder.resolve("labels.json").toFile(), new TreeMap<>(labels));
    }

    /** An item in DynamoDB's own JSON ({@code {"S": ...}}, {@code {"N": ...}}, ...), the form the AWS CLI prints. */
    static ObjectNode dynamoJson(Map<String, AttributeValue> item) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(item).forEach((k, v) -> out.set(k, value(v)));
        return out;
    }

    private static ObjectNode value(AttributeValue v) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        switch (v.type()) {
            case S -> n.put("S", v.s());
            case N -> n.put("N", v.n());
            case B -> n.put("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
            case BOOL -> n.put("BOOL", v.bool());
            case NUL -> n.put("NULL", true);
            case M -> n.set("M", dynamoJson(v.m()));
            case L -> {
                ArrayNode l = n.putArray("L");
                v.l().forEach(x -> l.add(value(x)));
            }
            case SS -> {
                ArrayNode l = n.putArray("SS");
                v.ss().forEach(l::add);
            }
            case NS -> {
                ArrayNode l = n.putArray("NS");
                v.ns().forEach(l::add);
            }
            default -> throw new IllegalStateException("no fixture form for " + v.type());
        }
        return n;
    }
}
