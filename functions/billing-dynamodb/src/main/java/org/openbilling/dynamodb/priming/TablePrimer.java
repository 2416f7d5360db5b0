package org.openbilling.dynamodb.priming;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.dynamodb.Tables;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/**
 * The DynamoDB client's first call (request pipeline, signer, endpoint rules, marshalling, the connection), here
 * as the read of a practice-settings item that cannot exist: every function may read that table. An app's own
 * primer builds the schemas of the tables it uses.
 */
@ApplicationScoped
public class TablePrimer implements Primer {
    private final Tables tables;

    public TablePrimer(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void prime() {
        tables.practices().getItem(Key.builder().partitionValue("priming#no-such-practice").build());
    }
}
