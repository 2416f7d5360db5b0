package org.openbilling.dynamodb;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.openbilling.dynamodb.tables.TableBootstrap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Creates missing tables at start-up where configured (local run, tests); AWS tables come from the stack. */
@ApplicationScoped
public class TableStartup {
    private static final Logger LOG = Logger.getLogger(TableStartup.class);

    void onStart(@Observes StartupEvent event, DynamoDbClient client, DynamoConfig config) {
        if (config.createTables()) {
            List<String> created = TableBootstrap.createMissing(client, config.tablePrefix());
            if (!created.isEmpty()) {
                LOG.infof("created tables %s", created);
            }
        }
    }
}
