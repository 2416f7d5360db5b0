package org.openbilling.gateway.access;

import static java.util.Map.entry;
import static org.openbilling.web.Roles.ADMIN;
import static org.openbilling.web.Roles.ANALYST;
import static org.openbilling.web.Roles.BILLER;
import static org.openbilling.web.Roles.CODER;
import static org.openbilling.web.Roles.PARTNER;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may read which GraphQL type and field: the one table that {@link FieldAccess} enforces on every field it
 * resolves, at the root and at any depth, so that a link ({@code encounter { claims }}, {@code claim { encounter }})
 * never shows a role more than the type it leads to allows. A type that is not here is refused to everyone, so a
 * new type is closed until it is given its row (the role walk test names it). gateway/docs/ROLES.md shows this table.
 */
public final class RoleTable {
    public static final Set<String> EVERYONE = Set.of(CODER, BILLER, ANALYST, PARTNER, ADMIN);
    /** Encounters hold the patient's coverage (member id), providers and coding: not for partners (README, Roles). */
    static final Set<String> ENCOUNTER_READERS = Set.of(CODER, BILLER, ANALYST, ADMIN);
    /** Claims and what they carry (payments, adjustments): not for coders. */
    static final Set<String> CLAIM_READERS = Set.of(BILLER, ANALYST, PARTNER, ADMIN);
    /** Invoices to patients, open-items lists and A/R. */
    static final Set<String> RECEIVABLES_READERS = Set.of(BILLER, ANALYST, ADMIN);

    /** The work queue's readers: the billing office, and coders for the items about codes. */
    static final Set<String> WORK_READERS = Set.of(BILLER, ANALYST, ADMIN, CODER);
    /** Who works items: assigns, notes, starts, resolves, closes. */
    static final Set<String> WORK_ACTORS = Set.of(BILLER, ADMIN);

    /** One type's readers, and the fields whose readers differ from them. */
    public record TypeRule(Set<String> readers, Map<String, Set<String>> fields) {
        public TypeRule {
            readers = Set.copyOf(readers);
            fields = Map.copyOf(fields);
        }

        /** The roles that may read one field of the type. */
        public Set<String> rolesFor(String field) {
            return fields.getOrDefault(field, readers);
        }
    }

    private static TypeRule readBy(Set<String> readers) {
        return new TypeRule(readers, Map.of());
    }

    private static TypeRule readBy(Set<String> readers, Map<String, Set<String>> fields) {
        return new TypeRule(readers, fields);
    }

    /** Root fields have no type-wide readers: each names its own, as the README's table of operations does. */
    private static TypeRule rootFields(Map<String, Set<String>> fields) {
        return new TypeRule(Set.of(), fields);
    }

    private static final Map<String, TypeRule> TYPES = new TreeMap<>(Map.ofEntries(
            entry("Query", rootFields(Map.ofEntries(
                    entry("code", EVERYONE),
                    entry("searchCodes", EVERYONE),
                    entry("validateCodes", EVERYONE),
                    entry("encounter", ENCOUNTER_READERS),
                    entry("encounters", ENCOUNTER_READERS),
                    entry("claim", CLAIM_READERS),
                    entry("claims", CLAIM_READERS),
                    entry("openClaims", RECEIVABLES_READERS),
                    entry("invoice", RECEIVABLES_READERS),
                    entry("outstandingInvoices", RECEIVABLES_READERS),
                    entry("agingReport", RECEIVABLES_READERS),
                    entry("auditTrail", Set.of(ADMIN)),
                    entry("clearinghouseConnection", Set.of(ADMIN)),
                    entry("exchangedFiles", RECEIVABLES_READERS),
                    entry("exchangedFile", RECEIVABLES_READERS),
                    entry("exchangedFileDownload", RECEIVABLES_READERS),
                    entry("workItems", WORK_READERS),
                    entry("workItem", WORK_READERS)))),
            entry("Mutation", rootFields(Map.ofEntries(
                    entry("createEncounter", Set.of(CODER, PARTNER, ADMIN)),
                    entry("codeEncounter", Set.of(CODER, ADMIN)),
                    entry("createClaim", Set.of(BILLER, PARTNER, ADMIN)),
                    entry("submitClaims", Set.of(BILLER, ADMIN)),
                    entry("updateClaimStatus", Set.of(BILLER, ADMIN)),
                    entry("addLaterCoverage", Set.of(BILLER, ADMIN)),
                    entry("postRemittance", Set.of(BILLER, PARTNER, ADMIN)),
                    entry("postAcknowledgement", Set.of(BILLER, PARTNER, ADMIN)),
                    entry("inquireClaimStatus", Set.of(BILLER, ADMIN)),
                    entry("recordInvoicePayment", Set.of(BILLER, ADMIN)),
                    entry("setClearinghouseConnection", Set.of(ADMIN)),
                    entry("assignWorkItem", WORK_ACTORS),
                    entry("noteWorkItem", WORK_ACTORS),
                    entry("startWorkItem", WORK_ACTORS),
                    entry("resolveWorkItem", WORK_ACTORS),
                    entry("closeWorkItem", WORK_ACTORS)))),
            // a partner sends encounters (createEncounter answers one) and bills them: it sees what names the record
            // and where it stands, never the patient, coverage, providers or coding
            entry("Encounter", readBy(ENCOUNTER_READERS, Map.of(
                    "id", EVERYONE, "status", EVERYONE, "version", EVERYONE,
                    "claims", CLAIM_READERS))),
            entry("EncounterConnection", readBy(ENCOUNTER_READERS)),
            entry("EncounterEdge", readBy(ENCOUNTER_READERS)),
            entry("Coverage", readBy(ENCOUNTER_READERS)),
            entry("BillingProvider", readBy(ENCOUNTER_READERS)),
            entry("Provider", readBy(ENCOUNTER_READERS)),
            entry("Procedure", readBy(ENCOUNTER_READERS)),
            // a person and an address are read wherever their record is: the field that leads to them decides
            entry("Person", readBy(EVERYONE)),
            entry("Address", readBy(EVERYONE)),
            entry("Claim", readBy(CLAIM_READERS, Map.of(
                    "previousClaim", CLAIM_READERS,
                    "nextClaim", CLAIM_READERS,
                    "payerSequence", CLAIM_READERS,
                    "sentByCrossover", CLAIM_READERS,
                    "invoices", RECEIVABLES_READERS,
                    "x12Preview", RECEIVABLES_READERS,
                    "workItems", RECEIVABLES_READERS))),
            entry("ClaimConnection", readBy(CLAIM_READERS)),
            entry("ClaimEdge", readBy(CLAIM_READERS)),
            entry("ClaimLine", readBy(CLAIM_READERS)),
            entry("Payer", readBy(CLAIM_READERS)),
            entry("Adjustment", readBy(CLAIM_READERS)),
            entry("Remark", readBy(CLAIM_READERS)),
            entry("HistoryEntry", readBy(CLAIM_READERS)),
            // a claim's scrubber findings and an encounter's transliterations: the field that leads to them decides
            entry("Warning", readBy(EVERYONE)),
            entry("PageInfo", readBy(EVERYONE)),
            entry("Invoice", readBy(RECEIVABLES_READERS)),
            entry("InvoiceConnection", readBy(RECEIVABLES_READERS)),
            entry("InvoiceEdge", readBy(RECEIVABLES_READERS)),
            entry("InvoiceLine", readBy(RECEIVABLES_READERS)),
            entry("InvoicePayment", readBy(RECEIVABLES_READERS)),
            entry("InvoiceAdjustment", readBy(RECEIVABLES_READERS)),
            entry("AgingReport", readBy(RECEIVABLES_READERS)),
            entry("AgingBucket", readBy(RECEIVABLES_READERS)),
            entry("PayerAging", readBy(RECEIVABLES_READERS)),
            entry("AuditEntry", readBy(Set.of(ADMIN))),
            entry("Code", readBy(EVERYONE)),
            entry("CodeValidation", readBy(EVERYONE)),
            entry("CodeIssue", readBy(EVERYONE)),
            entry("CodeNotes", readBy(EVERYONE)),
            entry("TabularNote", readBy(EVERYONE)),
            entry("SeventhCharacter", readBy(EVERYONE)),
            // submitClaims answers it; GET /submissions/{id} is read by the same roles
            entry("Submission", readBy(RECEIVABLES_READERS)),
            entry("ControlNumbers", readBy(RECEIVABLES_READERS)),
            // the clearinghouse connection is an admin's; the files exchanged through it are the billing office's
            entry("ClearinghouseConnection", readBy(Set.of(ADMIN))),
            entry("ClearinghouseCredential", readBy(Set.of(ADMIN))),
            entry("ClearinghouseHealth", readBy(Set.of(ADMIN))),
            entry("ExchangedFile", readBy(RECEIVABLES_READERS)),
            entry("ExchangedFileConnection", readBy(RECEIVABLES_READERS)),
            entry("ExchangedFileEdge", readBy(RECEIVABLES_READERS)),
            entry("FileDownload", readBy(RECEIVABLES_READERS)),
            // the work queue: billers and admins work it, analysts read it, coders read the items about codes (the
            // resolvers keep the others from them); a coder reaches no claim through an item (claims are not theirs)
            entry("WorkItem", readBy(WORK_READERS, Map.of("claim", RECEIVABLES_READERS))),
            entry("WorkItemConnection", readBy(WORK_READERS)),
            entry("WorkItemEdge", readBy(WORK_READERS)),
            entry("WorkItemNote", readBy(WORK_READERS)),
            entry("WorkItemEvent", readBy(WORK_READERS)),
            entry("RemittancePosting", readBy(Set.of(BILLER, PARTNER, ADMIN))),
            // what an acknowledgement or a status answer did: those who may post one read it
            entry("AcknowledgementPosting", readBy(Set.of(BILLER, PARTNER, ADMIN))),
            entry("ClaimStatusResult", readBy(Set.of(BILLER, PARTNER, ADMIN))),
            // the 276 names patients and member ids: the roles that make it (GET reads it for analysts too)
            entry("ClaimStatusInquiry", readBy(RECEIVABLES_READERS)),
            entry("InquiredClaim", readBy(RECEIVABLES_READERS)),
            entry("NotPosted", readBy(Set.of(BILLER, PARTNER, ADMIN))),
            entry("RemittanceWarning", readBy(Set.of(BILLER, PARTNER, ADMIN))),
            entry("VoidedInvoice", readBy(Set.of(BILLER, PARTNER, ADMIN)))));

    private RoleTable() {
    }

    /** Every type's rule, by type name. */
    public static Map<String, TypeRule> types() {
        return TYPES;
    }

    /** The roles that may read {@code type.field}; empty when the type has no row (then nobody may). */
    public static Optional<Set<String>> rolesFor(String type, String field) {
        TypeRule rule = TYPES.get(type);
        return rule == null ? Optional.empty() : Optional.of(rule.rolesFor(field));
    }
}
