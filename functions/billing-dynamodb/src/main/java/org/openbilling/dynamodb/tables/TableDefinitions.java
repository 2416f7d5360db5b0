package org.openbilling.dynamodb.tables;

import java.util.List;

/**
 * The single source of truth for table names, keys and indexes: tests, the local run and the AWS stack all
 * create their tables from here. Every key embeds the practice, so that no query can cross practices.
 */
public final class TableDefinitions {
    public static final String PK = "pk";

    /** Encounters by id; by practice and date of service; by practice, status and date of service. */
    public static final TableSpec ENCOUNTERS = new TableSpec("encounters", PK, null, List.of(
            new IndexSpec(Indexes.BY_PRACTICE, "practicePk", "dateSk"),
            new IndexSpec(Indexes.BY_STATUS, "statusPk", "dateSk")), null);

    /**
     * Claims by id; by practice; by status; open claims by age (sparse: only open claims carry its key, so its
     * cost grows with open items, never with closed history), from first submission and from the date of service,
     * each for the practice and per payer; by encounter; by claim number; voids to send.
     * Also holds one claim-number item per claim ({@code ClaimNumberItem}, no index attribute) for lookups by key.
     */
    public static final TableSpec CLAIMS = new TableSpec("claims", PK, null, List.of(
            new IndexSpec(Indexes.BY_PRACTICE, "practicePk", "createdSk"),
            new IndexSpec(Indexes.BY_STATUS, "statusPk", "createdSk"),
            new IndexSpec(Indexes.OPEN_BY_AGE, "openPk", "ageSk"),
            new IndexSpec(Indexes.OPEN_BY_PAYER_AGE, "openPayerPk", "ageSk"),
            new IndexSpec(Indexes.OPEN_BY_SERVICE_DATE, "openPk", "serviceSk"),
            new IndexSpec(Indexes.OPEN_BY_PAYER_SERVICE_DATE, "openPayerPk", "serviceSk"),
            new IndexSpec(Indexes.BY_ENCOUNTER, "encounterPk", "createdSk"),
            new IndexSpec(Indexes.BY_CLAIM_NUMBER, "numberPk", null),
            new IndexSpec(Indexes.VOID_PENDING, "voidPendingPk", "createdSk")), null);

    /** Invoices by id; by practice; outstanding by age (sparse, like open claims); by claim; by encounter. */
    public static final TableSpec INVOICES = new TableSpec("invoices", PK, null, List.of(
            new IndexSpec(Indexes.BY_PRACTICE, "practicePk", "issuedSk"),
            new IndexSpec(Indexes.OUTSTANDING_BY_AGE, "outstandingPk", "issuedSk"),
            new IndexSpec(Indexes.BY_CLAIM, "claimPk", "issuedSk"),
            new IndexSpec(Indexes.BY_ENCOUNTER, "encounterPk", "issuedSk")), null);

    /** 837P batches as sent, by id and by their interchange and group control numbers (999 matching). */
    public static final TableSpec SUBMISSIONS = new TableSpec("submissions", PK, null, List.of(
            new IndexSpec(Indexes.BY_CONTROL_NUMBER, "controlPk", null),
            new IndexSpec(Indexes.OUTBOX, "outboxPk", "outboxSk")), null);

    /** 835 postings, keyed by practice, payer and trace number so that a file is posted once. */
    public static final TableSpec REMITTANCES = new TableSpec("remittances", PK, null, List.of(), null);

    /** Idempotency records: first answer per practice, route and key; expire after 24 hours. */
    public static final TableSpec IDEMPOTENCY = new TableSpec("idempotency", PK, null, List.of(), "expiresAt");

    /** Audit entries per record, ordered by version and action. */
    public static final TableSpec AUDIT = new TableSpec("audit", PK, "sk", List.of(), null);

    /** Practice settings (X12 submitter and receiver, time zone, statement terms). */
    public static final TableSpec PRACTICES = new TableSpec("practices", PK, null, List.of(), null);

    /**
     * Clearinghouse connections, one per practice; the sparse {@code connected} index holds only enabled ones, so a
     * scheduled run finds the practices to serve with a Query whose cost follows the connected practices.
     */
    public static final TableSpec CONNECTIONS = new TableSpec("connections", PK, null, List.of(
            new IndexSpec(Indexes.CONNECTED, "connectedPk", "practiceSk")), null);

    /**
     * Files exchanged with clearinghouses, by id (a received file's id derives from its content), listed per
     * practice newest first; also holds one small item per remote file already taken in (no index attribute).
     */
    public static final TableSpec EXCHANGED_FILES = new TableSpec("exchanged-files", PK, null, List.of(
            new IndexSpec(Indexes.FILES_BY_PRACTICE, "filesPk", "fileSk")), null);

    private TableDefinitions() {
    }

    public static List<TableSpec> all() {
        return List.of(ENCOUNTERS, CLAIMS, INVOICES, SUBMISSIONS, REMITTANCES, IDEMPOTENCY, AUDIT, PRACTICES,
                CONNECTIONS, EXCHANGED_FILES);
    }

    /** Index names, shared by the table definitions and the queries. */
    public static final class Indexes {
        public static final String BY_PRACTICE = "by-practice";
        public static final String BY_STATUS = "by-status";
        public static final String OPEN_BY_AGE = "open-by-age";
        public static final String OPEN_BY_PAYER_AGE = "open-by-payer-age";
        public static final String OPEN_BY_SERVICE_DATE = "open-by-service-date";
        public static final String OPEN_BY_PAYER_SERVICE_DATE = "open-by-payer-service-date";
        public static final String BY_ENCOUNTER = "by-encounter";
        public static final String BY_CLAIM_NUMBER = "by-claim-number";
        public static final String VOID_PENDING = "void-pending";
        public static final String OUTSTANDING_BY_AGE = "outstanding-by-age";
        public static final String BY_CLAIM = "by-claim";
        public static final String BY_CONTROL_NUMBER = "by-control-number";
        /** Batches stored but not yet uploaded to the practice's clearinghouse (sparse). */
        public static final String OUTBOX = "outbox";
        public static final String CONNECTED = "connected";
        public static final String FILES_BY_PRACTICE = "files-by-practice";

        private Indexes() {
        }
    }
}
