package org.openbilling.infrastructure;

import static org.openbilling.dynamodb.tables.TableDefinitions.AUDIT;
import static org.openbilling.dynamodb.tables.TableDefinitions.CLAIMS;
import static org.openbilling.dynamodb.tables.TableDefinitions.CONNECTIONS;
import static org.openbilling.dynamodb.tables.TableDefinitions.ENCOUNTERS;
import static org.openbilling.dynamodb.tables.TableDefinitions.EXCHANGED_FILES;
import static org.openbilling.dynamodb.tables.TableDefinitions.WORK_ITEMS;
import static org.openbilling.dynamodb.tables.TableDefinitions.IDEMPOTENCY;
import static org.openbilling.dynamodb.tables.TableDefinitions.INVOICES;
import static org.openbilling.dynamodb.tables.TableDefinitions.PRACTICES;
import static org.openbilling.dynamodb.tables.TableDefinitions.REMITTANCES;
import static org.openbilling.dynamodb.tables.TableDefinitions.SUBMISSIONS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;

/**
 * Least privilege in one place: which DynamoDB actions each function may call on which table. The stack builds
 * the roles from this table and the tests check the template against it, so the two cannot drift apart.
 */
public final class TableAccess {

    /** The DynamoDB actions the functions use; none is a wildcard. */
    public enum Action {
        GET_ITEM("GetItem", false),
        BATCH_GET_ITEM("BatchGetItem", false),
        QUERY("Query", false),
        PUT_ITEM("PutItem", true),
        UPDATE_ITEM("UpdateItem", true),
        BATCH_WRITE_ITEM("BatchWriteItem", true),
        DELETE_ITEM("DeleteItem", true);

        private final String name;
        private final boolean writes;

        Action(String name, boolean writes) {
            this.name = name;
            this.writes = writes;
        }

        /** The IAM action name, e.g. {@code dynamodb:GetItem}. */
        public String iam() {
            return "dynamodb:" + name;
        }

        /** Whether the action stores data (and so needs the key's encrypt side). */
        public boolean writes() {
            return writes;
        }
    }

    /** Reading an encrypted table: DynamoDB decrypts the table key on the caller's behalf. */
    public static final List<String> KMS_READ = List.of("kms:Decrypt");
    /** Writing as well: the encrypt side of the key too (exact actions, no {@code GenerateDataKey*}). */
    public static final List<String> KMS_WRITE = List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey");

    private static final Set<Action> READ_WRITE_QUERY = EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM,
            Action.UPDATE_ITEM, Action.QUERY, Action.BATCH_GET_ITEM);
    private static final Set<Action> IDEMPOTENCY_RECORDS = EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM,
            Action.DELETE_ITEM);
    private static final Set<Action> READ_ONLY = EnumSet.of(Action.GET_ITEM, Action.QUERY, Action.BATCH_GET_ITEM);

    private static final Map<ServiceFunction, Map<TableSpec, Set<Action>>> GRANTS = grants();

    /**
     * The scheduled clearinghouse function (the claim-status package, run by the schedule): it posts what arrives
     * through claim-status's own services, so it needs their tables, plus the connections (its lease, their health)
     * and the exchanged files it records. No idempotency records: it serves no HTTP request.
     */
    private static final Map<TableSpec, Set<Action>> CLEARINGHOUSE = ordered(Map.of(
            CLAIMS, READ_WRITE_QUERY,
            INVOICES, READ_WRITE_QUERY,
            SUBMISSIONS, READ_WRITE_QUERY,
            REMITTANCES, READ_WRITE_QUERY,
            ENCOUNTERS, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM),
            AUDIT, EnumSet.of(Action.PUT_ITEM),
            PRACTICES, EnumSet.of(Action.GET_ITEM, Action.QUERY),
            CONNECTIONS, EnumSet.of(Action.GET_ITEM, Action.UPDATE_ITEM, Action.QUERY),
            EXCHANGED_FILES, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM, Action.UPDATE_ITEM, Action.QUERY),
            // quarantined files and the postings it makes open and resolve work items
            WORK_ITEMS, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM, Action.QUERY)));

    /**
     * The scheduled work-queue function (the claim-status package, run by its rule): it lists the practices (their
     * index) and reads each one's time zone, queries the open claims and reads the claims of open items by key,
     * takes the practice's lease (UpdateItem), finds which new items exist (BatchGetItem), writes the absent ones in
     * batches (BatchWriteItem) and resolves items (a conditional put each). It changes no claim and serves no HTTP
     * request.
     */
    private static final Set<Action> WORK_QUEUE_CHECKS = EnumSet.of(Action.PUT_ITEM, Action.QUERY,
            Action.UPDATE_ITEM, Action.BATCH_GET_ITEM, Action.BATCH_WRITE_ITEM);
    private static final Map<TableSpec, Set<Action>> WORK_QUEUE = ordered(Map.of(
            CLAIMS, EnumSet.of(Action.QUERY, Action.BATCH_GET_ITEM),
            PRACTICES, EnumSet.of(Action.GET_ITEM, Action.QUERY),
            WORK_ITEMS, WORK_QUEUE_CHECKS));

    private TableAccess() {
    }

    private static Map<ServiceFunction, Map<TableSpec, Set<Action>>> grants() {
        Map<ServiceFunction, Map<TableSpec, Set<Action>>> grants = new EnumMap<>(ServiceFunction.class);
        grants.put(ServiceFunction.CODE_VALIDATION, ordered(Map.of(
                ENCOUNTERS, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM, Action.QUERY),
                IDEMPOTENCY, IDEMPOTENCY_RECORDS,
                AUDIT, EnumSet.of(Action.PUT_ITEM),
                PRACTICES, EnumSet.of(Action.GET_ITEM))));
        grants.put(ServiceFunction.CLAIM_CREATION, ordered(Map.of(
                CLAIMS, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM, Action.QUERY, Action.BATCH_GET_ITEM),
                ENCOUNTERS, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM),
                IDEMPOTENCY, IDEMPOTENCY_RECORDS,
                AUDIT, EnumSet.of(Action.PUT_ITEM),
                PRACTICES, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM))));
        grants.put(ServiceFunction.CLAIM_STATUS, ordered(Map.ofEntries(
                Map.entry(CLAIMS, READ_WRITE_QUERY),
                Map.entry(INVOICES, READ_WRITE_QUERY),
                Map.entry(SUBMISSIONS, READ_WRITE_QUERY),
                Map.entry(REMITTANCES, READ_WRITE_QUERY),
                Map.entry(ENCOUNTERS, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM)),
                Map.entry(IDEMPOTENCY, IDEMPOTENCY_RECORDS),
                Map.entry(AUDIT, EnumSet.of(Action.PUT_ITEM)),
                // the practices' list (the work queue's checks, run for the caller's practice by an admin)
                Map.entry(PRACTICES, EnumSet.of(Action.GET_ITEM, Action.QUERY)),
                // an admin sets the connection; billers and analysts list and download the files
                Map.entry(CONNECTIONS, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM, Action.UPDATE_ITEM)),
                Map.entry(EXCHANGED_FILES, EnumSet.of(Action.GET_ITEM, Action.QUERY)),
                // items opened by acknowledgements and postings, worked by people (one conditional put each); an
                // admin's run of the checks now writes as the scheduled one does (lease, batches)
                Map.entry(WORK_ITEMS, EnumSet.of(Action.GET_ITEM, Action.PUT_ITEM, Action.QUERY, Action.UPDATE_ITEM,
                        Action.BATCH_GET_ITEM, Action.BATCH_WRITE_ITEM)))));
        // the gateway answers queries from the tables and sends every change through the functions; its one write
        // is the audit entry of a read of one patient's record by id (claim(id), encounter(id))
        Map<TableSpec, Set<Action>> gateway = new LinkedHashMap<>();
        TableDefinitions.all().forEach(table -> gateway.put(table, READ_ONLY));
        gateway.put(AUDIT, EnumSet.of(Action.GET_ITEM, Action.QUERY, Action.BATCH_GET_ITEM, Action.PUT_ITEM));
        grants.put(ServiceFunction.GATEWAY, Collections.unmodifiableMap(gateway));
        return Collections.unmodifiableMap(grants);
    }

    /** Tables in TableDefinitions order, so that the generated policies are stable from one synth to the next. */
    private static Map<TableSpec, Set<Action>> ordered(Map<TableSpec, Set<Action>> grants) {
        Map<TableSpec, Set<Action>> ordered = new LinkedHashMap<>();
        for (TableSpec table : TableDefinitions.all()) {
            if (grants.containsKey(table)) {
                ordered.put(table, Collections.unmodifiableSet(EnumSet.copyOf(grants.get(table))));
            }
        }
        if (ordered.size() != grants.size()) {
            throw new IllegalStateException("a grant names a table that TableDefinitions.all() does not hold");
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** The tables a function may touch, each with its actions, in TableDefinitions order. */
    public static Map<TableSpec, Set<Action>> of(ServiceFunction function) {
        return GRANTS.get(function);
    }

    /** The tables the scheduled clearinghouse function may touch, each with its actions. */
    public static Map<TableSpec, Set<Action>> clearinghouse() {
        return CLEARINGHOUSE;
    }

    /** The tables the scheduled work-queue function may touch, each with its actions. */
    public static Map<TableSpec, Set<Action>> workQueue() {
        return WORK_QUEUE;
    }

    /** The IAM action names a function holds on a table, sorted. */
    public static Set<String> iamActions(ServiceFunction function, TableSpec table) {
        Set<String> actions = new TreeSet<>();
        of(function).getOrDefault(table, Set.of()).forEach(action -> actions.add(action.iam()));
        return actions;
    }

    /** The KMS actions a function needs on the tables' key: decrypt to read, the encrypt side only if it writes. */
    public static List<String> kmsActions(ServiceFunction function) {
        boolean writes = of(function).values().stream().flatMap(Set::stream).anyMatch(Action::writes);
        return writes ? KMS_WRITE : KMS_READ;
    }
}
