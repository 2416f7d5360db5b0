package org.openbilling.dynamodb.support;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.openbilling.dynamodb.CursorCodec;
import org.openbilling.dynamodb.DynamoConfig;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.remittance.RemittanceRepository;
import org.openbilling.dynamodb.submission.SubmissionRepository;
import org.openbilling.dynamodb.tables.TableBootstrap;
import org.openbilling.testing.LocalDynamo;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The module's storage without an app: the JVM's one dynalite, every table created from {@code TableDefinitions}
 * under a prefix of its own (so each test class has fresh tables), and the repositories on them.
 */
public final class Storage {
    public final DynamoDbClient client;
    public final Tables tables;
    public final String prefix;
    public final ClaimRepository claims;
    public final EncounterRepository encounters;
    public final InvoiceRepository invoices;
    public final SubmissionRepository submissions;
    public final RemittanceRepository remittances;
    public final PracticeRepository practices;

    private Storage(DynamoDbClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
        DynamoConfig config = DynamoConfig.of(prefix, true, Optional.of("storage-test-cursor-secret"));
        this.tables = new Tables(client, config);
        DynamoDbEnhancedClient enhanced = tables.enhancedClient();
        CursorCodec cursors = tables.cursorCodec();
        this.claims = new ClaimRepository(tables, enhanced, cursors);
        this.encounters = new EncounterRepository(tables, enhanced, cursors);
        this.invoices = new InvoiceRepository(tables, enhanced, cursors);
        this.submissions = new SubmissionRepository(tables, client);
        this.remittances = new RemittanceRepository(tables);
        this.practices = new PracticeRepository(tables);
    }

    /** Fresh tables on the shared local server. */
    public static Storage fresh() {
        DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(URI.create(LocalDynamo.shared().endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
        TableBootstrap.createMissing(client, prefix);
        return new Storage(client, prefix);
    }
}
