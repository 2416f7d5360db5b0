package org.openbilling.dynamodb.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Bodies of schema 1: the domain records as Jackson wrote them before the stored documents existed (ids as
 * {@code {"value": "..."}}, money as {@code {"amount": 125.0, "zero": false, ...}}, every part of an aggregate at its
 * top level). Each aggregate's document reads them by moving their fields into its own shape here; nothing writes
 * schema 1 any more.
 */
public final class LegacyBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> MONEY_FIELDS = Set.of("amount", "zero", "negative", "positive");

    private LegacyBodies() {
    }

    /**
     * True for a body written by a document of {@code schema}: documents write {@code schema} first (a record's
     * first component), so a current body is read in one pass, without a tree. Any other body goes through the tree
     * and {@link #isSchema1}.
     */
    public static boolean startsWithSchema(String body, int schema) {
        return body.startsWith("{\"schema\":" + schema + ",");
    }

    /** True for a body written before documents had a {@code schema} (schema 1). */
    public static boolean isSchema1(JsonNode body) {
        return !body.has("schema");
    }

    /**
     * The tree with every id written as a one-field object turned into its string, and every amount into a decimal
     * string of two places (what the documents hold).
     */
    public static JsonNode plain(JsonNode node) {
        if (node.isObject()) {
            if (node.size() == 1 && node.has("value") && node.get("value").isTextual()) {
                return node.get("value");
            }
            if (node.has("amount") && MONEY_FIELDS.containsAll(fieldNames(node)) && node.get("amount").isNumber()) {
                return TextNode.valueOf(node.get("amount").decimalValue().setScale(2, RoundingMode.UNNECESSARY)
                        .toPlainString());
            }
            ObjectNode out = NODES.objectNode();
            node.fields().forEachRemaining(f -> out.set(f.getKey(), plain(f.getValue())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(e -> out.add(plain(e)));
            return out;
        }
        return node;
    }

    /**
     * Schema 1's details ({@code coverage}, {@code secondaryCoverage}) in the documents' shape: the coverages as a
     * list in payment order.
     */
    public static ObjectNode details(JsonNode plainDetails) {
        ObjectNode d = ((ObjectNode) plainDetails).deepCopy();
        ArrayNode coverages = NODES.arrayNode();
        for (String field : new String[] {"coverage", "secondaryCoverage"}) {
            JsonNode c = d.remove(field);
            if (c != null && !c.isNull()) {
                coverages.add(c);
            }
        }
        d.set("coverages", coverages);
        return d;
    }

    /** A new object of the named fields of {@code from} (absent ones left out). */
    public static ObjectNode pick(JsonNode from, String... fields) {
        ObjectNode out = NODES.objectNode();
        for (String f : fields) {
            if (from.has(f)) {
                out.set(f, from.get(f));
            }
        }
        return out;
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }
}
