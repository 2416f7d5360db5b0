package org.openbilling.dynamodb;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Ready only when every table answers: an app that cannot reach its storage must not take traffic. */
@Readiness
@ApplicationScoped
public class TablesHealthCheck implements HealthCheck {
    private final DynamoDbClient client;
    private final Tables tables;

    public TablesHealthCheck(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.tables = tables;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("dynamodb-tables");
        for (TableSpec spec : TableDefinitions.all()) {
            String name = tables.physicalName(spec);
            try {
                String status = client.describeTable(r -> r.tableName(name)).table().tableStatusAsString();
                response.withData(spec.logicalName(), status);
                if (!"ACTIVE".equals(status)) {
                    return response.down().build();
                }
            } catch (RuntimeException e) {
                return response.down().withData(spec.logicalName(), e.getClass().getSimpleName()).build();
            }
        }
        return response.up().build();
    }
}
