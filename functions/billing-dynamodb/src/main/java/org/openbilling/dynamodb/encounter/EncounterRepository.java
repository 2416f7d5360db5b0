package org.openbilling.dynamodb.encounter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.dynamodb.CursorCodec;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.BatchReader;
import org.openbilling.dynamodb.support.IndexPager;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.VersionedTable;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** Encounters of a practice: by id, by status and date of service. Every read is scoped by the practice. */
@ApplicationScoped
public class EncounterRepository {
    private final VersionedTable<EncounterItem> table;
    private final DynamoDbEnhancedClient enhanced;
    private final CursorCodec cursors;

    /** The encounter as storing and reading it gives it back, without a table: for primers. */
    public static Encounter throughDocument(Encounter e) {
        return EncounterMapper.toDomain(EncounterMapper.toItem(e));
    }

    public EncounterRepository(Tables tables, DynamoDbEnhancedClient enhanced, CursorCodec cursors) {
        this.table = new VersionedTable<>(tables.encounters(), EncounterItem::getVersion);
        this.enhanced = enhanced;
        this.cursors = cursors;
    }

    /** Stores a new encounter at version 1; false if one with its id exists. */
    public Encounter create(Encounter e) {
        Encounter stored = e.withVersion(1);
        if (!table.create(EncounterMapper.toItem(stored))) {
            throw new StaleVersionException("encounter " + e.id() + " exists already");
        }
        return stored;
    }

    public Optional<Encounter> find(PracticeId practice, EncounterId id) {
        return table.get(Keys.of(practice, id.value())).map(EncounterMapper::toDomain);
    }

    /** Writes a changed encounter if nobody else changed it since {@code e.version()}; returns it at the new version. */
    public Encounter update(Encounter e) {
        Encounter stored = e.withVersion(e.version() + 1);
        if (!table.replace(EncounterMapper.toItem(stored), e.version())) {
            throw new StaleVersionException("encounter", e.id().value(), e.version());
        }
        return stored;
    }

    /**
     * Applies {@code change} to {@code start} and writes the result; when another write came first, reads the
     * encounter again and applies {@code change} to that, at most five times. {@code change} answers null when
     * there is nothing (left) to do. Answers the stored encounter, or empty when nothing was written.
     */
    public Optional<Encounter> updateRetrying(Encounter start, UnaryOperator<Encounter> change) {
        Encounter current = start;
        for (int attempt = 0; attempt < 5; attempt++) {
            Encounter next = change.apply(current);
            if (next == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(update(next));
            } catch (StaleVersionException raced) {
                current = find(start.practiceId(), start.id()).orElseThrow();
            }
        }
        return Optional.empty();
    }

    /** Encounters of a practice, newest date of service first, optionally of one status. */
    public Page<Encounter> list(PracticeId practice, EncounterStatus status, int first, String cursor) {
        String index = status == null ? Indexes.BY_PRACTICE : Indexes.BY_STATUS;
        String pk = status == null ? practice.value() : Keys.of(practice, status.name());
        String keyAttribute = status == null ? "practicePk" : "statusPk";
        var pager = new IndexPager<>(table.table().index(index), table.table().tableSchema(),
                List.of("pk", keyAttribute, "dateSk"), cursors);
        Page<EncounterItem> page = pager.page(practice, "encounters:" + (status == null ? "*" : status.name()),
                QueryConditional.keyEqualTo(Key.builder().partitionValue(pk).build()), false, null, null, first, cursor);
        return page.map(EncounterMapper::toDomain);
    }

    /** Many encounters by id in one round trip per 100 (the gateway's batched links); missing ones are absent. */
    public Map<EncounterId, Encounter> findAll(PracticeId practice, Collection<EncounterId> ids) {
        List<String> keys = new ArrayList<>();
        ids.forEach(id -> keys.add(Keys.of(practice, id.value())));
        Map<EncounterId, Encounter> out = new HashMap<>();
        for (EncounterItem item : BatchReader.get(enhanced, table.table(), EncounterItem.class, keys)) {
            Encounter e = EncounterMapper.toDomain(item);
            out.put(e.id(), e);
        }
        return out;
    }
}
