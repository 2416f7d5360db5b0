package org.openbilling.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.DynamoConfig;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.tables.TableBootstrap;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.testing.LocalDynamo;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The all-practices migration against dynalite: old practices (saved without the index key) get listed, once. */
class RegisterPracticesTest {
    private final DynamoDbClient client = DynamoDbClient.builder()
            .endpointOverride(URI.create(LocalDynamo.shared().endpoint())).region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create()).build();
    private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final PracticeRepository practices;

    RegisterPracticesTest() {
        TableBootstrap.createMissing(client, prefix);
        practices = new PracticeRepository(new Tables(client, DynamoConfig.of(prefix, true, Optional.of("test"))));
    }

    private PracticeSettings saved(String id) {
        PracticeId p = new PracticeId(id);
        PracticeSettings d = PracticeSettings.defaults(p);
        return practices.save(new PracticeSettings(p, null, null, null, null, null, "P",
                ZoneId.of("America/Chicago"), d.statementDueDays(), 0));
    }

    /** What the code before the index wrote: the same item without the index key. */
    private PracticeSettings savedByOldCode(String id) {
        PracticeSettings s = saved(id);
        client.updateItem(r -> r.tableName(TableDefinitions.PRACTICES.physicalName(prefix))
                .key(Map.of("pk", AttributeValue.fromS(id))).updateExpression("REMOVE listPk, practiceSk"));
        return s;
    }

    private List<String> listed() {
        try (var all = practices.all()) {
            return all.map(PracticeId::value).toList();
        }
    }

    @Test
    void run_oldPractices_areListedOnce_settingsAndVersionUntouched() {
        saved("p-new");
        PracticeSettings oldA = savedByOldCode("p-old-a");
        savedByOldCode("p-old-b");
        assertEquals(List.of("p-new"), listed(), "the old practices are not on the index before the migration");

        RegisterPractices.Result dry = RegisterPractices.run(client, prefix, true);
        assertEquals(2, dry.unlisted());
        assertEquals(0, dry.registered());
        assertEquals(List.of("p-new"), listed(), "a dry run writes nothing");

        RegisterPractices.Result first = RegisterPractices.run(client, prefix, false);
        assertEquals(2, first.registered());
        assertEquals(List.of("p-new", "p-old-a", "p-old-b"), listed());
        PracticeSettings after = practices.find(new PracticeId("p-old-a"));
        assertEquals(oldA, after, "the settings and their version are as they were");

        RegisterPractices.Result again = RegisterPractices.run(client, prefix, false);
        assertEquals(0, again.unlisted(), "a second run finds nothing to do");
        assertEquals(0, again.registered());

        // an admin's next save (at the version read before the migration) still goes through
        practices.save(new PracticeSettings(oldA.practiceId(), null, null, null, null, null, "T",
                oldA.timeZone(), oldA.statementDueDays(), oldA.version()));
        assertEquals(List.of("p-new", "p-old-a", "p-old-b"), listed());
    }

    @Test
    void register_practiceNeverSaved_writesNothing() {
        assertFalse(practices.register(new PracticeId("p-never")), "no settings item: nothing to list");
        assertEquals(List.of(), listed());
        assertTrue(practices.find(new PracticeId("p-never")).version() == 0, "still the defaults");
    }
}
