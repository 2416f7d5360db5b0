package org.openbilling.dynamodb.practice;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.VersionedTable;

/** Practice settings: a practice needs no provisioning, so a practice never saved reads as the defaults. */
@ApplicationScoped
public class PracticeRepository {
    private final VersionedTable<PracticeItem> table;

    public PracticeRepository(Tables tables) {
        this.table = new VersionedTable<>(tables.practices(), PracticeItem::getVersion);
    }

    /** The partition of the all-practices index. */
    static final String ALL = "practices";

    /**
     * Every practice with saved settings, in id order, read from the all-practices index (keys only). A practice
     * sends no X12 before an admin saved its settings, so this lists every practice with claims out with a payer.
     */
    public java.util.stream.Stream<PracticeId> all() {
        var pages = table.table().index(org.openbilling.dynamodb.tables.TableDefinitions.Indexes.ALL_PRACTICES)
                .query(software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest.builder()
                        .queryConditional(software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional.keyEqualTo(
                                software.amazon.awssdk.enhanced.dynamodb.Key.builder().partitionValue(ALL).build()))
                        .attributesToProject("pk", "listPk", "practiceSk").build());
        return pages.stream().flatMap(p -> p.items().stream()).map(i -> new PracticeId(i.getPk()));
    }

    /**
     * Puts a practice whose settings were saved before the all-practices index existed on that index: one
     * conditional UpdateItem that sets only the index key, so the settings and their version stay as they are and no
     * admin's save is refused. False when the practice has no saved settings (nothing is written then). For the
     * one-off migration ({@code infrastructure/tools}); {@link #save} writes the key on every save anyway.
     */
    public boolean register(PracticeId practice) {
        PracticeItem item = new PracticeItem();
        item.setPk(practice.value());
        item.setListPk(ALL);
        item.setPracticeSk(practice.value());
        try {
            table.table().updateItem(software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest
                    .builder(PracticeItem.class).item(item).ignoreNulls(true)
                    .conditionExpression(software.amazon.awssdk.enhanced.dynamodb.Expression.builder()
                            .expression("attribute_exists(body)").build())
                    .build());
            return true;
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException e) {
            return false;
        }
    }

    public PracticeSettings find(PracticeId practice) {
        return table.get(practice.value())
                .map(i -> PracticeDocument.read(i.getBody(), i.getVersion()))
                .orElseGet(() -> PracticeSettings.defaults(practice));
    }

    /** Saves settings that are still at {@code settings.version()}; returns them at the next version. */
    public PracticeSettings save(PracticeSettings settings) {
        PracticeSettings stored = settings.withVersion(settings.version() + 1);
        PracticeItem item = new PracticeItem();
        item.setPk(settings.practiceId().value());
        item.setVersion(stored.version());
        item.setBody(StorageJson.write(PracticeDocument.of(stored)));
        item.setListPk(ALL);
        item.setPracticeSk(settings.practiceId().value());
        boolean written = settings.version() == 0 ? table.create(item) : table.replace(item, settings.version());
        if (!written) {
            throw new StaleVersionException("practice settings", settings.practiceId().value(), settings.version());
        }
        return stored;
    }
}
