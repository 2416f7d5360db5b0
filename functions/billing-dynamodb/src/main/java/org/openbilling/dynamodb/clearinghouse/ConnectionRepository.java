package org.openbilling.dynamodb.clearinghouse;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.Leases;
import org.openbilling.dynamodb.support.VersionedTable;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Clearinghouse connections: one per practice, the enabled ones listed by a sparse index, a lease per run. */
@ApplicationScoped
public class ConnectionRepository {
    static final String CONNECTED = "connected";
    private final VersionedTable<ConnectionItem> table;
    private final DynamoDbClient client;
    private final String tableName;

    public ConnectionRepository(Tables tables, DynamoDbClient client) {
        this.table = new VersionedTable<>(tables.connections(), ConnectionItem::getVersion);
        this.client = client;
        this.tableName = tables.physicalName(TableDefinitions.CONNECTIONS);
    }

    static String key(PracticeId practice) {
        return Keys.of(practice, "clearinghouse");
    }

    public Optional<Connection> find(PracticeId practice) {
        return table.get(key(practice)).map(ConnectionRepository::toDomain);
    }

    /**
     * Saves a connection still at {@code c.version()} (0: a new one) and answers it at the next version.
     * Only the document, version and index attributes are written: a run's lease beside it stays.
     *
     * @throws StaleVersionException when another write came first
     */
    public Connection save(Connection c) {
        Connection stored = c.withVersion(c.version() + 1);
        if (c.version() == 0) {
            ConnectionItem item = new ConnectionItem();
            item.setPk(key(c.practiceId()));
            item.setVersion(stored.version());
            item.setBody(StorageJson.write(ConnectionDocument.of(stored)));
            if (stored.enabled()) {
                item.setConnectedPk(CONNECTED);
                item.setPracticeSk(c.practiceId().value());
            }
            if (!table.create(item)) {
                throw new StaleVersionException("clearinghouse connection", c.practiceId().value(), c.version());
            }
            return stored;
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":body", AttributeValue.fromS(StorageJson.write(ConnectionDocument.of(stored))));
        values.put(":v", AttributeValue.fromN(Long.toString(stored.version())));
        values.put(":expected", AttributeValue.fromN(Long.toString(c.version())));
        String update = "SET body = :body, version = :v";
        if (stored.enabled()) {
            values.put(":connected", AttributeValue.fromS(CONNECTED));
            values.put(":practice", AttributeValue.fromS(c.practiceId().value()));
            update += ", connectedPk = :connected, practiceSk = :practice";
        } else {
            update += " REMOVE connectedPk, practiceSk";
        }
        String expression = update;
        try {
            client.updateItem(r -> r.tableName(tableName).key(Map.of("pk", AttributeValue.fromS(key(c.practiceId()))))
                    .updateExpression(expression).conditionExpression("version = :expected")
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            throw new StaleVersionException("clearinghouse connection", c.practiceId().value(), c.version());
        }
        return stored;
    }

    /** Applies {@code change} to the current connection, retrying on a fresh read when another write came first. */
    public Optional<Connection> update(PracticeId practice, UnaryOperator<Connection> change) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<Connection> current = find(practice);
            if (current.isEmpty()) {
                return current;
            }
            try {
                return Optional.of(save(change.apply(current.get())));
            } catch (StaleVersionException raced) {
                // an admin or another run wrote first: apply the change to what they wrote
            }
        }
        throw new StaleVersionException("clearinghouse connection", practice.value(), -1);
    }

    /** Up to {@code limit} practices with an enabled connection after {@code afterPractice} (null: from the start). */
    public List<PracticeId> connected(String afterPractice, int limit) {
        Map<String, AttributeValue> values = Map.of(":c", AttributeValue.fromS(CONNECTED));
        List<PracticeId> out = new ArrayList<>();
        Map<String, AttributeValue> start = afterPractice == null ? null : Map.of("pk",
                AttributeValue.fromS(key(new PracticeId(afterPractice))), "connectedPk", AttributeValue.fromS(CONNECTED),
                "practiceSk", AttributeValue.fromS(afterPractice));
        QueryResponse page = client.query(r -> r.tableName(tableName).indexName(Indexes.CONNECTED)
                .keyConditionExpression("connectedPk = :c").expressionAttributeValues(values).limit(limit)
                .exclusiveStartKey(start).projectionExpression("practiceSk"));
        page.items().forEach(i -> out.add(new PracticeId(i.get("practiceSk").s())));
        return out;
    }

    /** Takes the practice's run lease until {@code until}; false while another run holds it. */
    public boolean takeLease(PracticeId practice, String owner, Instant until, Instant now) {
        return Leases.take(client, tableName, key(practice), owner, until, now);
    }

    public void releaseLease(PracticeId practice, String owner) {
        Leases.release(client, tableName, key(practice), owner);
    }

    private static Connection toDomain(ConnectionItem i) {
        return StorageJson.read(i.getBody(), ConnectionDocument.class).toDomain(i.getVersion());
    }
}
