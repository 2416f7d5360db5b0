package org.openbilling.dynamodb.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.CursorCodec;
import org.openbilling.dynamodb.Page;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Cursor pagination over one index partition. The cursor is the key of the last item handed out (not
 * DynamoDB's page key), so that a filtered page that stops early resumes exactly after its last item.
 */
public final class IndexPager<I> {
    private final DynamoDbIndex<I> index;
    private final TableSchema<I> schema;
    private final List<String> keyAttributes;
    private final CursorCodec cursors;

    public IndexPager(DynamoDbIndex<I> index, TableSchema<I> schema, List<String> keyAttributes, CursorCodec cursors) {
        this.index = index;
        this.schema = schema;
        this.keyAttributes = List.copyOf(keyAttributes);
        this.cursors = cursors;
    }

    /**
     * Up to {@code first} items of one partition, in sort-key order ({@code forward}) or reversed, starting after
     * {@code cursor}; {@code filter} (may be null) is a server-side filter expression.
     */
    public Page<I> page(PracticeId practice, String listName, QueryConditional condition, boolean forward,
                        Expression filter, Predicate<I> keep, int first, String cursor) {
        Map<String, AttributeValue> start = cursor == null ? null : cursors.decode(practice, listName, cursor);
        List<I> out = new ArrayList<>(first);
        boolean more = false;
        while (true) {
            QueryEnhancedRequest.Builder req = QueryEnhancedRequest.builder().queryConditional(condition)
                    .scanIndexForward(forward).limit(Math.min(100, first - out.size() + 1));
            if (start != null) {
                req.exclusiveStartKey(start);
            }
            if (filter != null) {
                req.filterExpression(filter);
            }
            Iterator<software.amazon.awssdk.enhanced.dynamodb.model.Page<I>> pages = index.query(req.build()).iterator();
            software.amazon.awssdk.enhanced.dynamodb.model.Page<I> page = pages.next();
            for (I item : page.items()) {
                if (keep != null && !keep.test(item)) {
                    continue;
                }
                if (out.size() == first) {
                    more = true;
                    break;
                }
                out.add(item);
            }
            if (more || page.lastEvaluatedKey() == null || page.lastEvaluatedKey().isEmpty()) {
                break;
            }
            // not full yet, or full and we still need to learn whether anything follows
            start = page.lastEvaluatedKey();
        }
        List<String> itemCursors = out.stream()
                .map(item -> cursors.encode(practice, listName, schema.itemToMap(item, keyAttributes))).toList();
        return new Page<>(out, itemCursors, more);
    }
}
