package org.openbilling.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.StringValue;
import org.openbilling.domain.common.X12Text;
import org.openbilling.domain.encounter.CoveragePosition;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.Parties.Accident;
import org.openbilling.domain.encounter.Parties.AccidentType;
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;
import org.openbilling.domain.encounter.Parties.Relationship;

/**
 * Writes claims as one X12 837 Professional (005010X222A1) interchange, checked segment by segment by StAEDI
 * against the project's implementation schema. Thread-safe: one instance can serve every request.
 */
public final class Claim837Writer {
    /** The implementation guide this writer follows (GS08, ST03). */
    public static final String VERSION = "005010X222A1";
    /** The implementation schema the output is validated against. */
    public static final String SCHEMA_RESOURCE = "/x12/837P-005010X222A1.xml";

    private static final int MAX_DIAGNOSES = 12;
    private static final int MAX_LINES = 50;
    private static final int MAX_CLAIMS_PER_HL = 100;

    private final Schema controlSchema;
    private final Schema transactionSchema;
    /** Our delimiters, and the findings of the write running on this thread (StAEDI reports to the factory). */
    private final CheckedOutput output;

    /** A writer with the bundled 837P implementation schema. */
    public Claim837Writer() {
        this(Claim837Writer.class.getResource(SCHEMA_RESOURCE));
    }

    /** A writer validating against another StAEDI implementation schema (e.g. a payer's stricter companion guide). */
    public Claim837Writer(URL schema) {
        Objects.requireNonNull(schema, "schema");
        try {
            SchemaFactory schemas = SchemaFactory.newFactory();
            this.controlSchema = schemas.getControlSchema("X12", new String[] {"00501"});
            this.transactionSchema = schemas.createSchema(schema);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("cannot load the 837P schema " + schema, e);
        }
        output = new CheckedOutput();
    }

    /** The claims as one 837P interchange (one ST/SE), created now (UTC). */
    public String write(Envelope envelope, ControlNumbers numbers, List<Claim> claims) {
        return write(envelope, numbers, claims, LocalDateTime.now(ZoneOffset.UTC));
    }

    /**
     * The claims as one 837P interchange with one transaction set, grouped by billing provider (2000A) and
     * subscriber (2000B), patients other than the subscriber in 2000C; stamped with {@code createdAt}. Each claim
     * goes to its primary payer, its secondary coverage (if any) in 2320.
     *
     * @throws X12ValidationException when the output would not conform to the implementation schema
     */
    public String write(Envelope envelope, ControlNumbers numbers, List<Claim> claims, LocalDateTime createdAt) {
        if (claims == null || claims.isEmpty()) {
            throw new IllegalArgumentException("an 837P batch needs at least one claim");
        }
        List<CoordinatedClaim> chained = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            check(claim);
            chained.add(CoordinatedClaim.primary(claim));
        }
        return writeCoordinated(envelope, numbers, chained, createdAt);
    }

    /** Claims with their places in the payers' chains as one 837P interchange, created now (UTC). */
    public String writeCoordinated(Envelope envelope, ControlNumbers numbers, List<CoordinatedClaim> claims) {
        return writeCoordinated(envelope, numbers, claims, LocalDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Claims with their places in the payers' chains as one 837P interchange: a claim to a secondary or tertiary
     * payer carries SBR01 S or T and the prior payers' adjudications (2320 CAS/AMT/MOA, 2330B REF*F8 and DTP*573,
     * 2430 per line), which must balance (README, "Secondary and tertiary claims") before anything is written.
     *
     * @throws X12ValidationException when a prior payer's adjudication does not balance or the output would not
     *     conform to the implementation schema
     */
    public String writeCoordinated(Envelope envelope, ControlNumbers numbers, List<CoordinatedClaim> claims,
                                   LocalDateTime createdAt) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(createdAt, "createdAt");
        if (claims == null || claims.isEmpty()) {
            throw new IllegalArgumentException("an 837P batch needs at least one claim");
        }
        List<X12ValidationException.Issue> found = output.start();
        for (CoordinatedClaim claim : claims) {
            check(claim.claim());
            CoordinationRules.check(claim, found);
        }
        // an unbalanced chain is refused before a byte is written: the payer would reject it anyway
        CheckedOutput.throwIfAny(found);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + claims.size() * 1024);
        try {
            EDIStreamWriter w = output.factory.createEDIStreamWriter(out);
            w.setControlSchema(controlSchema);
            w.setTransactionSchema(transactionSchema);
            new Batch(w, envelope, numbers, createdAt, found).write(claims);
            w.close();
        } catch (EDIValidationException e) {
            // thrown instead of reported for structural errors (a segment out of place)
            CheckedOutput.collect(found, e);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI failed to write the 837P: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("cannot write the 837P", e);
        }
        CheckedOutput.throwIfAny(found);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One write: the StAEDI writer plus the running HL and segment counts. */
    private static final class Batch extends SegmentWriter {
        private final Envelope env;
        private final ControlNumbers numbers;
        private final LocalDateTime createdAt;
        private final List<X12ValidationException.Issue> found;
        private int hl;

        Batch(EDIStreamWriter w, Envelope env, ControlNumbers numbers, LocalDateTime createdAt,
              List<X12ValidationException.Issue> found) {
            super(w);
            this.env = env;
            this.numbers = numbers;
            this.createdAt = createdAt;
            this.found = found;
        }

        void write(List<CoordinatedClaim> claims) throws EDIStreamException {
            String date8 = date(createdAt.toLocalDate());
            String time4 = String.format("%02d%02d", createdAt.getHour(), createdAt.getMinute());
            String st02 = openTransaction(env, numbers, date8, time4, "HC", "837", VERSION);
            start("BHT").el("0019").el("00").el(numbers.gs06() + "-" + st02).el(date8).el(time4).el("CH").end();
            writeSubmitterAndReceiver();
            for (Map.Entry<BillingProvider, List<CoordinatedClaim>> byProvider : groupByProvider(claims).entrySet()) {
                writeProvider(byProvider.getKey(), byProvider.getValue());
            }
            closeTransaction(numbers, st02);
        }

        private void writeSubmitterAndReceiver() throws EDIStreamException {
            start("NM1").el("41").el("2").el(text(env.submitterName())).el("").el("").el("").el("").el("46")
                    .el(env.submitterId().strip()).end();
            Envelope.Contact c = env.submitterContact();
            start("PER").el("IC").el(text(c.name()));
            if (!Envelope.isBlank(c.phone())) {
                el("TE").el(c.phone().replaceAll("\\D", ""));
            }
            if (!Envelope.isBlank(c.email())) {
                el("EM").el(c.email().strip());
            }
            end();
            start("NM1").el("40").el("2").el(text(env.receiverName())).el("").el("").el("").el("").el("46")
                    .el(env.receiverId().strip()).end();
        }

        private void writeProvider(BillingProvider p, List<CoordinatedClaim> claims) throws EDIStreamException {
            int providerHl = ++hl;
            start("HL").el(Integer.toString(providerHl)).el("").el("20").el("1").end();
            if (p.taxonomyCode() != null) {
                start("PRV").el("BI").el("PXC").el(p.taxonomyCode().value()).end();
            }
            start("NM1").el("85").el("2").el(text(p.organizationName())).el("").el("").el("").el("").el("XX")
                    .el(id(p.npi())).end();
            address(p.address());
            start("REF").el("EI").el(id(p.taxId())).end();

            Map<String, List<CoordinatedClaim>> bySubscriber = new LinkedHashMap<>();
            for (CoordinatedClaim claim : claims) {
                bySubscriber.computeIfAbsent(subscriberKey(claim), k -> new ArrayList<>()).add(claim);
            }
            for (List<CoordinatedClaim> group : bySubscriber.values()) {
                // the guide allows at most 100 claims (2300) under one subscriber or patient HL
                for (int from = 0; from < group.size(); from += MAX_CLAIMS_PER_HL) {
                    writeSubscriber(providerHl, group.subList(from, Math.min(group.size(), from + MAX_CLAIMS_PER_HL)));
                }
            }
        }

        private void writeSubscriber(int parentHl, List<CoordinatedClaim> claims) throws EDIStreamException {
            CoordinatedClaim first = claims.get(0);
            Coverage coverage = first.coverage().coverage();
            Person subscriber = subscriberOf(first.claim().patient(), coverage);
            List<CoordinatedClaim> own = new ArrayList<>();
            Map<Person, List<CoordinatedClaim>> dependents = new LinkedHashMap<>();
            for (CoordinatedClaim claim : claims) {
                if (isSelf(coverage)) {
                    own.add(claim);
                } else {
                    dependents.computeIfAbsent(claim.claim().patient(), k -> new ArrayList<>()).add(claim);
                }
            }
            int subscriberHl = ++hl;
            start("HL").el(Integer.toString(subscriberHl)).el(Integer.toString(parentHl)).el("22")
                    .el(dependents.isEmpty() ? "0" : "1").end();
            start("SBR").el(first.destination().code()).el(own.isEmpty() ? "" : "18")
                    .el(textOrEmpty(coverage.groupNumber())).el("").el(insuranceType(first.coverage(), first.destination()))
                    .el("").el("").el("").el(filing(coverage)).end();
            person("IL", subscriber, "MI", coverage.memberId());
            Claim firstClaim = first.claim();
            start("NM1").el("PR").el("2").el(text(firstClaim.payer().payerName())).el("").el("").el("").el("")
                    .el("PI").el(id(firstClaim.payer().payerId())).end();
            for (CoordinatedClaim claim : own) {
                writeClaim(claim);
            }
            for (Map.Entry<Person, List<CoordinatedClaim>> dependent : dependents.entrySet()) {
                start("HL").el(Integer.toString(++hl)).el(Integer.toString(subscriberHl)).el("23").el("0").end();
                start("PAT").el(relationship(coverage.relationship())).end();
                person("QC", dependent.getKey(), null, null);
                for (CoordinatedClaim claim : dependent.getValue()) {
                    writeClaim(claim);
                }
            }
        }

        private void writeClaim(CoordinatedClaim chained) throws EDIStreamException {
            Claim c = chained.claim();
            EncounterDetails d = c.details();
            if (c.lines().size() > MAX_LINES) {
                throw new IllegalArgumentException("claim " + c.claimNumber() + " has more than 50 lines");
            }
            start("CLM").el(c.claimNumber().value()).el(amount(c.totalCharge())).el("").el("");
            composite(orDefault(d.placeOfService(), "11"), "B", c.frequency().code());
            boolean assigned = Boolean.TRUE.equals(d.assignmentOfBenefits());
            el(Boolean.TRUE.equals(d.signatureOnFile()) ? "Y" : "N").el(assigned ? "A" : "C").el(assigned ? "Y" : "N")
                    .el(orDefault(d.releaseOfInformation(), "Y"));
            Accident accident = d.accident();
            if (accident != null) {
                el("");
                String cause = accident.type() == null ? "OA" : switch (accident.type()) {
                    case AUTO -> "AA";
                    case EMPLOYMENT -> "EM";
                    case OTHER -> "OA";
                };
                if (accident.type() == AccidentType.AUTO
                        && !Envelope.isBlank(accident.state())) {
                    composite(cause, "", "", accident.state().strip().toUpperCase(Locale.ROOT));
                } else {
                    composite(cause);
                }
            }
            end();
            if (accident != null && accident.date() != null) {
                start("DTP").el("439").el("D8").el(date(accident.date())).end();
            }
            if (!Envelope.isBlank(d.priorAuthorization())) {
                start("REF").el("G1").el(d.priorAuthorization().strip()).end();
            }
            if (c.frequency().namesPayerClaim()) {
                if (c.payerClaimControlNumber() == null) {
                    found.add(new X12ValidationException.Issue("REF", segments + 1, 2, 0,
                            "REQUIRED_DATA_ELEMENT_MISSING", "a replacement or void (frequency " + c.frequency().code()
                                    + ") needs the payer's claim control number (REF*F8)"));
                } else {
                    start("REF").el("F8").el(c.payerClaimControlNumber().value()).end();
                }
            }
            writeDiagnoses(c);
            Provider referring = d.referringProvider();
            if (referring != null) {
                start("NM1").el("DN").el("1").el(text(referring.lastName())).el(textOrEmpty(referring.firstName()))
                        .el("").el("").el("").el("XX").el(id(referring.npi())).end();
            }
            Provider rendering = d.renderingProvider();
            if (rendering != null) {
                start("NM1").el("82").el("1").el(text(rendering.lastName())).el(textOrEmpty(rendering.firstName()))
                        .el("").el("").el("").el("XX").el(id(rendering.npi())).end();
                if (rendering.taxonomyCode() != null) {
                    start("PRV").el("PE").el("PXC").el(rendering.taxonomyCode().value()).end();
                }
            }
            Facility facility = d.serviceFacility();
            if (facility != null) {
                start("NM1").el("77").el("2").el(text(facility.name()));
                if (facility.npi() != null) {
                    el("").el("").el("").el("").el("XX").el(facility.npi().value());
                }
                end();
                address(facility.address());
            }
            int destination = chained.destination().ordinal();
            for (int i = 0; i < chained.coverages().size(); i++) {
                if (i != destination) {
                    writeOtherPayer(c, chained.coverages().get(i), PayerSequence.at(i),
                            i < destination ? chained.priorPayers().get(i) : null);
                }
            }
            for (ClaimLine line : c.lines()) {
                writeLine(c, line);
                for (int i = 0; i < destination; i++) {
                    writeLineAdjudication(c, line, chained.coverages().get(i).coverage(), chained.priorPayers().get(i));
                }
            }
        }

        private void writeDiagnoses(Claim c) throws EDIStreamException {
            if (c.diagnoses().isEmpty()) {
                // leaving HI out lets the schema report the missing mandatory segment
                return;
            }
            if (c.diagnoses().size() > MAX_DIAGNOSES) {
                throw new IllegalArgumentException("claim " + c.claimNumber() + " has more than 12 diagnoses");
            }
            start("HI");
            boolean principal = true;
            for (String dx : c.diagnoses()) {
                composite(principal ? "ABK" : "ABF", dx.replace(".", "").strip().toUpperCase(Locale.ROOT));
                principal = false;
            }
            end();
        }

        /**
         * A 2320 loop with its 2330A/B for another payer of the chain: before this claim's payer with what it
         * decided (CAS, AMT*D, AMT*EAF unless the lines carry it, MOA, DTP*573 unless the lines carry it, REF*F8),
         * after it with its coverage alone.
         */
        private void writeOtherPayer(Claim c, PayerCoverage other, PayerSequence place, PriorAdjudication adj)
                throws EDIStreamException {
            Coverage coverage = other.coverage();
            Person subscriber = coverage.relationship() == Relationship.SELF || coverage.subscriber() == null
                    ? c.patient() : coverage.subscriber();
            start("SBR").el(place.code()).el(secondaryRelationship(coverage.relationship()))
                    .el(textOrEmpty(coverage.groupNumber())).el("").el(insuranceType(other, place)).el("").el("")
                    .el("").el(filing(coverage)).end();
            boolean linesCarryLiability = false;
            if (adj != null) {
                adjustments(adj.adjustments());
                start("AMT").el("D").el(amount(adj.paidAmount())).end();
                linesCarryLiability = adj.lines().stream().anyMatch(l -> l.remainingPatientLiability() != null);
                if (!linesCarryLiability) {
                    // the guide: on the claim only when the payer gave no line-level liability, never on both
                    start("AMT").el("EAF").el(amount(adj.remainingPatientLiability())).end();
                }
            }
            boolean assigned = Boolean.TRUE.equals(c.details().assignmentOfBenefits());
            start("OI").el("").el("").el(assigned ? "Y" : "N").el("P").el("")
                    .el(orDefault(c.details().releaseOfInformation(), "Y")).end();
            if (adj != null && !adj.remarkCodes().isEmpty()) {
                start("MOA").el("").el("");
                // MOA has five remark places (MOA03-07); a payer's sixth and later claim remarks have none
                for (int i = 0; i < Math.min(5, adj.remarkCodes().size()); i++) {
                    el(id(adj.remarkCodes().get(i)).toUpperCase(Locale.ROOT));
                }
                end();
            }
            start("NM1").el("IL").el("1").el(text(subscriber.lastName())).el(textOrEmpty(subscriber.firstName()))
                    .el("").el("").el("").el("MI").el(id(coverage.memberId())).end();
            start("NM1").el("PR").el("2").el(text(coverage.payerName())).el("").el("").el("").el("").el("PI")
                    .el(id(coverage.payerId())).end();
            if (adj != null) {
                if (adj.lines().isEmpty()) {
                    start("DTP").el("573").el("D8").el(date(adj.adjudicationDate())).end();
                }
                if (!Envelope.isBlank(adj.payerClaimControlNumber())) {
                    start("REF").el("F8").el(adj.payerClaimControlNumber().strip()).end();
                }
            }
        }

        /** A 2430 loop: the line as a prior payer adjudicated it; nothing when that payer did not report the line. */
        private void writeLineAdjudication(Claim c, ClaimLine line, Coverage payer, PriorAdjudication adj)
                throws EDIStreamException {
            for (PriorAdjudication.Line l : adj.lines()) {
                if (l.lineNumber() != line.lineNumber()) {
                    continue;
                }
                start("SVD").el(id(payer.payerId())).el(amount(l.paidAmount()));
                w.writeStartElement();
                component("HC");
                component(l.procedureCode().strip().toUpperCase(Locale.ROOT));
                for (String modifier : l.modifiers()) {
                    component(id(modifier).toUpperCase(Locale.ROOT));
                }
                w.endElement();
                el("").el(l.units() == null ? Integer.toString(line.units()) : quantity(l.units())).end();
                adjustments(l.adjustments());
                start("DTP").el("573").el("D8").el(date(adj.adjudicationDate())).end();
                if (l.remainingPatientLiability() != null) {
                    start("AMT").el("EAF").el(amount(l.remainingPatientLiability())).end();
                }
            }
        }

        /** CAS segments: one per group code (in the order the payer gave them), six reason triplets each. */
        private void adjustments(List<Adjustment> adjustments) throws EDIStreamException {
            for (List<Adjustment> cas : CoordinationRules.casSegments(adjustments)) {
                start("CAS").el(cas.get(0).groupCode());
                for (Adjustment a : cas) {
                    el(a.reasonCode()).el(amount(a.amount())).el(a.quantity() == null ? "" : quantity(a.quantity()));
                }
                end();
            }
        }

        private void writeLine(Claim c, ClaimLine line) throws EDIStreamException {
            start("LX").el(Integer.toString(line.lineNumber())).end();
            start("SV1");
            w.writeStartElement();
            component("HC");
            component(line.code() == null ? "" : line.code().strip().toUpperCase(Locale.ROOT));
            for (String modifier : line.modifiers()) {
                component(id(modifier).toUpperCase(Locale.ROOT));
            }
            w.endElement();
            el(line.charge() == null ? "" : amount(line.charge())).el("UN").el(Integer.toString(line.units())).el("").el("");
            w.writeStartElement();
            for (Integer pointer : line.diagnosisPointers()) {
                component(Integer.toString(pointer));
            }
            w.endElement();
            end();
            LocalDate from = line.serviceDate() != null ? line.serviceDate() : c.serviceDate();
            LocalDate to = line.serviceDateTo();
            if (to != null && !to.equals(from)) {
                start("DTP").el("472").el("RD8").el(date(from) + "-" + date(to)).end();
            } else {
                start("DTP").el("472").el("D8").el(date(from)).end();
            }
            if (!Envelope.isBlank(line.ndc())) {
                start("LIN").el("").el("N4").el(line.ndc().replace("-", "").strip()).end();
                start("CTP").el("").el("").el("").el(Integer.toString(line.units()));
                composite("UN");
                end();
            }
        }

        private void person(String entity, Person p, String idQualifier, String id) throws EDIStreamException {
            start("NM1").el(entity).el("1").el(text(p.lastName())).el(textOrEmpty(p.firstName()));
            if (idQualifier != null) {
                el("").el("").el("").el(idQualifier).el(id == null ? "" : id.strip());
            }
            end();
            if (p.address() != null) {
                address(p.address());
            }
            if (p.dateOfBirth() != null) {
                start("DMG").el("D8").el(date(p.dateOfBirth())).el(p.sex() == null ? "U" : p.sex().name()).end();
            }
        }

        private void address(Address a) throws EDIStreamException {
            if (a == null) {
                return;
            }
            start("N3").el(text(a.line1()));
            if (!Envelope.isBlank(a.line2())) {
                el(text(a.line2()));
            }
            end();
            start("N4").el(text(a.city())).el(textOrEmpty(a.state())).el(a.postalCode() == null ? ""
                    : a.postalCode().replace("-", "").strip()).end();
        }
    }

    private static void check(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        if (claim.details() == null || claim.details().billingProvider() == null) {
            throw new IllegalArgumentException("claim " + claim.claimNumber() + " has no billing provider");
        }
        if (claim.patient() == null || claim.payer() == null) {
            throw new IllegalArgumentException("claim " + claim.claimNumber() + " has no patient or payer");
        }
        if (claim.details().primaryCoverage() == null) {
            throw new IllegalArgumentException("claim " + claim.claimNumber() + " has no coverage (self-pay)");
        }
    }

    private static Map<BillingProvider, List<CoordinatedClaim>> groupByProvider(List<CoordinatedClaim> claims) {
        Map<BillingProvider, List<CoordinatedClaim>> byProvider = new LinkedHashMap<>();
        for (CoordinatedClaim claim : claims) {
            byProvider.computeIfAbsent(claim.claim().details().billingProvider(), k -> new ArrayList<>()).add(claim);
        }
        return byProvider;
    }

    private static String subscriberKey(CoordinatedClaim chained) {
        Claim c = chained.claim();
        Coverage coverage = chained.coverage().coverage();
        Person s = subscriberOf(c.patient(), coverage);
        // the same member of the same payer in the same place is one 2000B, whichever of their family's claims come in
        return c.payer().payerId() + '|' + coverage.memberId() + '|' + s.lastName() + '|' + s.firstName() + '|'
                + s.dateOfBirth() + '|' + coverage.groupNumber() + '|' + coverage.filingIndicator() + '|'
                + chained.destination() + '|' + chained.coverage().medicareSecondaryPayerType();
    }

    static boolean isSelf(Coverage coverage) {
        return coverage.relationship() == null || coverage.relationship() == Relationship.SELF
                || coverage.subscriber() == null;
    }

    static Person subscriberOf(Person patient, Coverage coverage) {
        return isSelf(coverage) ? patient : coverage.subscriber();
    }

    /** SBR05: written for a coverage after the first only (the guide has no insurance type for a primary payer). */
    private static String insuranceType(PayerCoverage coverage, PayerSequence place) {
        String type = coverage.medicareSecondaryPayerType();
        return place == PayerSequence.PRIMARY || Envelope.isBlank(type) ? "" : type.strip();
    }

    private static String relationship(Relationship r) {
        return switch (r) {
            case SPOUSE -> "01";
            case CHILD -> "19";
            case SELF -> "18";
            case OTHER -> "G8";
        };
    }

    private static String secondaryRelationship(Relationship r) {
        return r == null ? "18" : relationship(r);
    }

    /** SBR05: why Medicare pays after another payer, on a Medicare coverage that is not primary; empty otherwise. */
    private static String medicareSecondaryType(Coverage c) {
        return c.medicareSecondaryType() == null ? "" : c.medicareSecondaryType().code();
    }

    private static String filing(Coverage c) {
        // CI (commercial) is what most clearinghouses assume when a practice does not say
        return Envelope.isBlank(c.filingIndicator()) ? "CI" : c.filingIndicator().strip().toUpperCase(Locale.ROOT);
    }

    private static String orDefault(String value, String fallback) {
        return Envelope.isBlank(value) ? fallback : value.strip();
    }

    /** X12 decimal: no trailing zeros ("125", "125.5"), never an exponent. */
    static String amount(Money m) {
        BigDecimal a = m.amount();
        if (a.signum() == 0) {
            return "0";
        }
        return a.stripTrailingZeros().toPlainString();
    }

    /** A quantity as X12 writes it: no trailing zeros, no exponent. */
    static String quantity(BigDecimal q) {
        return q.signum() == 0 ? "0" : q.stripTrailingZeros().toPlainString();
    }

    static String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        char[] c = new char[8];
        c[0] = (char) ('0' + y / 1000 % 10);
        c[1] = (char) ('0' + y / 100 % 10);
        c[2] = (char) ('0' + y / 10 % 10);
        c[3] = (char) ('0' + y % 10);
        c[4] = (char) ('0' + m / 10);
        c[5] = (char) ('0' + m % 10);
        c[6] = (char) ('0' + day / 10);
        c[7] = (char) ('0' + day % 10);
        return new String(c);
    }

    /** An identifier as written: stripped, and empty when absent so the schema reports it as missing. */
    private static String id(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof StringValue v ? v.value() : value.toString();
        return s == null ? "" : s.strip();
    }

    /**
     * Upper case, accented letters transliterated, delimiters and control characters replaced, so free text can never
     * split a segment; the same function intake measures lengths with ({@link X12Text#asWritten}).
     */
    static String text(String s) {
        return X12Text.asWritten(s);
    }

    private static String textOrEmpty(String s) {
        return s == null ? "" : text(s);
    }
}
