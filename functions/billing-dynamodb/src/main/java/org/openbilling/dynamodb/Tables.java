package org.openbilling.dynamodb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.logging.Logger;
import org.openbilling.dynamodb.audit.AuditItem;
import org.openbilling.dynamodb.claim.ClaimItem;
import org.openbilling.dynamodb.claim.ClaimNumberItem;
import org.openbilling.dynamodb.invoice.InvoiceItem;
import org.openbilling.dynamodb.encounter.EncounterItem;
import org.openbilling.dynamodb.idempotency.IdempotencyItem;
import org.openbilling.dynamodb.practice.PracticeItem;
import org.openbilling.dynamodb.remittance.RemittanceItem;
import org.openbilling.dynamodb.submission.SubmissionItem;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchemaParams;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Produces the enhanced client and the typed tables, resolving physical names once from configuration. */
@ApplicationScoped
public class Tables {
    private static final Logger LOG = Logger.getLogger(Tables.class);

    // Bean schemas are built once per class, on first use: building one is reflective and slow (it spins a lambda
    // class per property), and an app builds only those of the tables it touches.
    private static final ConcurrentMap<Class<?>, TableSchema<?>> SCHEMAS = new ConcurrentHashMap<>();

    private final DynamoDbEnhancedClient enhanced;
    private final DynamoConfig config;

    public Tables(DynamoDbClient client, DynamoConfig config) {
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.config = config;
    }

    /**
     * The bean schema of an item class, built on first use and then shared, with our own lookup: the SDK's default
     * lookup fails under Quarkus's class loaders.
     */
    @SuppressWarnings("unchecked")
    static <T> TableSchema<T> schema(Class<T> type) {
        return (TableSchema<T>) SCHEMAS.computeIfAbsent(type, t -> BeanTableSchema.create(
                BeanTableSchemaParams.builder(type).lookup(MethodHandles.lookup()).build()));
    }

    @Produces
    @Singleton
    public DynamoDbEnhancedClient enhancedClient() {
        return enhanced;
    }

    @Produces
    @Singleton
    public CursorCodec cursorCodec() {
        return new CursorCodec(config.cursorSecret().orElseGet(() -> {
            LOG.warn("billing.dynamodb.cursor-secret is not set: cursors are signed with a development secret");
            return "development-only-cursor-secret";
        }));
    }

    public DynamoDbTable<EncounterItem> encounters() {
        return table(TableDefinitions.ENCOUNTERS, schema(EncounterItem.class));
    }

    public DynamoDbTable<ClaimItem> claims() {
        return table(TableDefinitions.CLAIMS, schema(ClaimItem.class));
    }

    /** The claims table again, for its claim-number items ({@link ClaimNumberItem}). */
    public DynamoDbTable<ClaimNumberItem> claimNumbers() {
        return table(TableDefinitions.CLAIMS, schema(ClaimNumberItem.class));
    }

    public DynamoDbTable<InvoiceItem> invoices() {
        return table(TableDefinitions.INVOICES, schema(InvoiceItem.class));
    }

    public DynamoDbTable<IdempotencyItem> idempotency() {
        return table(TableDefinitions.IDEMPOTENCY, schema(IdempotencyItem.class));
    }

    public DynamoDbTable<AuditItem> audit() {
        return table(TableDefinitions.AUDIT, schema(AuditItem.class));
    }

    public DynamoDbTable<PracticeItem> practices() {
        return table(TableDefinitions.PRACTICES, schema(PracticeItem.class));
    }

    public DynamoDbTable<SubmissionItem> submissions() {
        return table(TableDefinitions.SUBMISSIONS, schema(SubmissionItem.class));
    }

    public DynamoDbTable<RemittanceItem> remittances() {
        return table(TableDefinitions.REMITTANCES, schema(RemittanceItem.class));
    }

    public DynamoDbTable<org.openbilling.dynamodb.clearinghouse.ConnectionItem> connections() {
        return table(TableDefinitions.CONNECTIONS, schema(org.openbilling.dynamodb.clearinghouse.ConnectionItem.class));
    }

    public DynamoDbTable<org.openbilling.dynamodb.clearinghouse.ExchangedFileItem> exchangedFiles() {
        return table(TableDefinitions.EXCHANGED_FILES,
                schema(org.openbilling.dynamodb.clearinghouse.ExchangedFileItem.class));
    }

    public String physicalName(TableSpec spec) {
        return spec.physicalName(config.tablePrefix());
    }

    private <T> DynamoDbTable<T> table(TableSpec spec, TableSchema<T> schema) {
        return enhanced.table(physicalName(spec), schema);
    }
}
