package org.openbilling.dynamodb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.invoke.MethodHandles;
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

    // Bean schemas are built once per class: building them is reflective and slow.
    static final TableSchema<EncounterItem> ENCOUNTER_SCHEMA = schema(EncounterItem.class);
    static final TableSchema<ClaimItem> CLAIM_SCHEMA = schema(ClaimItem.class);
    static final TableSchema<ClaimNumberItem> CLAIM_NUMBER_SCHEMA = schema(ClaimNumberItem.class);
    static final TableSchema<InvoiceItem> INVOICE_SCHEMA = schema(InvoiceItem.class);
    static final TableSchema<IdempotencyItem> IDEMPOTENCY_SCHEMA = schema(IdempotencyItem.class);
    static final TableSchema<AuditItem> AUDIT_SCHEMA = schema(AuditItem.class);
    static final TableSchema<PracticeItem> PRACTICE_SCHEMA = schema(PracticeItem.class);
    static final TableSchema<SubmissionItem> SUBMISSION_SCHEMA = schema(SubmissionItem.class);
    static final TableSchema<RemittanceItem> REMITTANCE_SCHEMA = schema(RemittanceItem.class);

    private final DynamoDbEnhancedClient enhanced;
    private final DynamoConfig config;

    public Tables(DynamoDbClient client, DynamoConfig config) {
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.config = config;
    }

    /** A bean schema built with our own lookup: the SDK's default lookup fails under Quarkus's class loaders. */
    static <T> TableSchema<T> schema(Class<T> type) {
        return BeanTableSchema.create(BeanTableSchemaParams.builder(type).lookup(MethodHandles.lookup()).build());
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
        return table(TableDefinitions.ENCOUNTERS, ENCOUNTER_SCHEMA);
    }

    public DynamoDbTable<ClaimItem> claims() {
        return table(TableDefinitions.CLAIMS, CLAIM_SCHEMA);
    }

    /** The claims table again, for its claim-number items ({@link ClaimNumberItem}). */
    public DynamoDbTable<ClaimNumberItem> claimNumbers() {
        return table(TableDefinitions.CLAIMS, CLAIM_NUMBER_SCHEMA);
    }

    public DynamoDbTable<InvoiceItem> invoices() {
        return table(TableDefinitions.INVOICES, INVOICE_SCHEMA);
    }

    public DynamoDbTable<IdempotencyItem> idempotency() {
        return table(TableDefinitions.IDEMPOTENCY, IDEMPOTENCY_SCHEMA);
    }

    public DynamoDbTable<AuditItem> audit() {
        return table(TableDefinitions.AUDIT, AUDIT_SCHEMA);
    }

    public DynamoDbTable<PracticeItem> practices() {
        return table(TableDefinitions.PRACTICES, PRACTICE_SCHEMA);
    }

    public DynamoDbTable<SubmissionItem> submissions() {
        return table(TableDefinitions.SUBMISSIONS, SUBMISSION_SCHEMA);
    }

    public DynamoDbTable<RemittanceItem> remittances() {
        return table(TableDefinitions.REMITTANCES, REMITTANCE_SCHEMA);
    }

    public String physicalName(TableSpec spec) {
        return spec.physicalName(config.tablePrefix());
    }

    private <T> DynamoDbTable<T> table(TableSpec spec, TableSchema<T> schema) {
        return enhanced.table(physicalName(spec), schema);
    }
}
