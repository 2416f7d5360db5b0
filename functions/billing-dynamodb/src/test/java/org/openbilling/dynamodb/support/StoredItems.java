package org.openbilling.dynamodb.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The captured items of {@code src/test/resources/stored-items/<version>/<table>.json}: DynamoDB JSON as the AWS CLI
 * prints it, each with the label the capture gave it (absent for items it did not name).
 */
public final class StoredItems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredItems() {
    }

    /** One captured item and its label (null when unnamed). */
    public record Stored(String label, Map<String, AttributeValue> item) {
    }

    /** Every item of one table as a version of the code stored it. */
    public static List<Stored> of(String version, String table) {
        String path = "/stored-items/" + version + "/" + table + ".json";
        try (InputStream in = StoredItems.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            List<Stored> out = new ArrayList<>();
            for (JsonNode entry : JSON.readTree(in)) {
                out.add(new Stored(entry.path("label").isMissingNode() ? null : entry.get("label").asText(),
                        item(entry.get("item"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item with this label. */
    public static Map<String, AttributeValue> labelled(String version, String table, String label) {
        return of(version, table).stream().filter(s -> label.equals(s.label())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + label + " in " + version + "/" + table))
                .item();
    }

    static Map<String, AttributeValue> item(JsonNode node) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> out.put(f.getKey(), value(f.getValue())));
        return out;
    }

    private static AttributeValue value(JsonNode v) {
        String type = v.fieldNames().next();
        JsonNode x = v.get(type);
        return switch (type) {
            case "S" -> AttributeValue.fromS(x.asText());
            case "N" -> AttributeValue.fromN(x.asText());
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(x.asText())));
            case "BOOL" -> AttributeValue.fromBool(x.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "M" -> AttributeValue.fromM(item(x));
            case "L" -> {
                List<AttributeValue> l = new ArrayList<>();
                x.forEach(e -> l.add(value(e)));
                yield AttributeValue.fromL(l);
            }
            case "SS" -> {
                List<String> l = new ArrayList<>();
                x.forEach(e -> l.add(e.asText()));
                yield AttributeValue.fromSs(l);
            }
            default -> throw new IllegalArgumentException("no reader for attribute type " + type);
        };
    }
}
