package org.openbilling.dynamodb.encounter;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import org.openbilling.domain.encounter.Encounter;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchemaParams;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The encounter's mapper for the storage probe, which lives in another package. */
public final class EncounterStorage {
    private final TableSchema<EncounterItem> schema = BeanTableSchema.create(
            BeanTableSchemaParams.builder(EncounterItem.class).lookup(MethodHandles.lookup()).build());

    public Encounter read(Map<String, AttributeValue> item) {
        return EncounterMapper.toDomain(schema.mapToItem(item));
    }

    public Map<String, AttributeValue> write(Encounter e) {
        return schema.itemToMap(EncounterMapper.toItem(e), true);
    }
}
