package org.openbilling.dynamodb.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPage;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;

/** BatchGetItem in chunks of 100 keys, retrying unprocessed keys (the enhanced client's pages do that). */
public final class BatchReader {
    private static final int MAX_KEYS = 100;

    private BatchReader() {
    }

    public static <I> List<I> get(DynamoDbEnhancedClient client, DynamoDbTable<I> table, Class<I> type, List<String> pks) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(pks));
        List<I> out = new ArrayList<>();
        for (int from = 0; from < unique.size(); from += MAX_KEYS) {
            ReadBatch.Builder<I> batch = ReadBatch.builder(type).mappedTableResource(table);
            for (String pk : unique.subList(from, Math.min(unique.size(), from + MAX_KEYS))) {
                batch.addGetItem(Key.builder().partitionValue(pk).build());
            }
            for (BatchGetResultPage page : client.batchGetItem(r -> r.readBatches(batch.build()))) {
                out.addAll(page.resultsForTable(table));
            }
        }
        return out;
    }
}
