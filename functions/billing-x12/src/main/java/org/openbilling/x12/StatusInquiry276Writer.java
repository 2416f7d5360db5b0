package org.openbilling.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Person;

/**
 * Writes claim status inquiries as one X12 276 (005010X212) interchange, checked segment by segment by StAEDI against
 * the project's implementation schema (StAEDI ships no implementation guides). Thread-safe: create once.
 */
public final class StatusInquiry276Writer {
    /** The implementation guide this writer follows (GS08, ST03); the 277 answering it carries the same. */
    public static final String VERSION = "005010X212";
    /** The implementation schema the output is validated against. */
    public static final String SCHEMA_RESOURCE = "/x12/276-005010X212.xml";

    /**
     * One claim asked about, with the trace the payer echoes in the 277's TRN02 (at most 50 characters).
     */
    public record Inquiry(Claim claim, String trace) {
        public Inquiry {
            Objects.requireNonNull(claim, "claim");
            if (trace == null || trace.isBlank() || trace.length() > 50) {
                throw new IllegalArgumentException("a trace is 1 to 50 characters");
            }
        }
    }

    private final Schema controlSchema;
    private final Schema transactionSchema;
    /** Our delimiters, and the findings of the write running on this thread (StAEDI reports to the factory). */
    private final CheckedOutput output;

    public StatusInquiry276Writer() {
        try {
            SchemaFactory schemas = SchemaFactory.newFactory();
            this.controlSchema = schemas.getControlSchema("X12", new String[] {"00501"});
            this.transactionSchema = schemas.createSchema(StatusInquiry276Writer.class.getResource(SCHEMA_RESOURCE));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("cannot load the 276 schema", e);
        }
        output = new CheckedOutput();
    }

    /**
     * The inquiries as one 276 with one transaction set: grouped by payer (2000A), then billing provider (2000C), then
     * subscriber (2000D), a patient other than the subscriber in 2000E; the practice's submitter is the information
     * receiver (2000B). BHT03 is {@code reference}, which a 277 echoes back.
     *
     * @throws X12ValidationException when the output would not conform to the implementation schema
     */
    public String write(Envelope envelope, ControlNumbers numbers, String reference, List<Inquiry> inquiries,
                        LocalDateTime createdAt) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(createdAt, "createdAt");
        if (inquiries == null || inquiries.isEmpty()) {
            throw new IllegalArgumentException("a 276 needs at least one claim");
        }
        for (Inquiry i : inquiries) {
            Claim c = i.claim();
            if (c.payer() == null || c.details() == null || c.details().billingProvider() == null
                    || coverageOf(c) == null) {
                throw new IllegalArgumentException("claim " + c.claimNumber() + " has no payer, coverage or billing provider");
            }
        }
        List<X12ValidationException.Issue> found = output.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + inquiries.size() * 300);
        try {
            EDIStreamWriter w = output.factory.createEDIStreamWriter(out);
            w.setControlSchema(controlSchema);
            w.setTransactionSchema(transactionSchema);
            new Batch(w, envelope, numbers, createdAt).write(reference, inquiries);
            w.close();
        } catch (EDIValidationException e) {
            CheckedOutput.collect(found, e);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI failed to write the 276: " + e.getMessage(), e);
        }
        CheckedOutput.throwIfAny(found);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The coverage of the payer the claim went to: the one naming the claim's payer, else the primary. */
    static Coverage coverageOf(Claim c) {
        if (c.details() == null) {
            return null;
        }
        for (Coverage coverage : c.details().coverages()) {
            if (c.payer() != null && Objects.equals(coverage.payerId(), c.payer().payerId())) {
                return coverage;
            }
        }
        return c.details().primaryCoverage();
    }

    private static final class Batch extends SegmentWriter {
        private final Envelope env;
        private final ControlNumbers numbers;
        private final LocalDateTime createdAt;
        private int hl;

        Batch(EDIStreamWriter w, Envelope env, ControlNumbers numbers, LocalDateTime createdAt) {
            super(w);
            this.env = env;
            this.numbers = numbers;
            this.createdAt = createdAt;
        }

        void write(String reference, List<Inquiry> inquiries) throws EDIStreamException {
            String date8 = Claim837Writer.date(createdAt.toLocalDate());
            String time4 = String.format("%02d%02d", createdAt.getHour(), createdAt.getMinute());
            String st02 = openTransaction(env, numbers, date8, time4, "HR", "276", VERSION);
            start("BHT").el("0010").el("13").el(reference).el(date8).el(time4).end();
            Map<String, List<Inquiry>> byPayer = new LinkedHashMap<>();
            for (Inquiry i : inquiries) {
                byPayer.computeIfAbsent(i.claim().payer().payerId(), k -> new ArrayList<>()).add(i);
            }
            for (List<Inquiry> payerInquiries : byPayer.values()) {
                writePayer(payerInquiries);
            }
            closeTransaction(numbers, st02);
        }

        private void writePayer(List<Inquiry> inquiries) throws EDIStreamException {
            Claim first = inquiries.get(0).claim();
            int payerHl = ++hl;
            start("HL").el(Integer.toString(payerHl)).el("").el("20").el("1").end();
            start("NM1").el("PR").el("2").el(Claim837Writer.text(first.payer().payerName())).el("").el("").el("")
                    .el("").el("PI").el(first.payer().payerId().strip()).end();
            int receiverHl = ++hl;
            start("HL").el(Integer.toString(receiverHl)).el(Integer.toString(payerHl)).el("21").el("1").end();
            start("NM1").el("41").el("2").el(Claim837Writer.text(env.submitterName())).el("").el("").el("").el("")
                    .el("46").el(env.submitterId().strip()).end();
            Map<BillingProvider, List<Inquiry>> byProvider = new LinkedHashMap<>();
            for (Inquiry i : inquiries) {
                byProvider.computeIfAbsent(i.claim().details().billingProvider(), k -> new ArrayList<>()).add(i);
            }
            for (Map.Entry<BillingProvider, List<Inquiry>> e : byProvider.entrySet()) {
                BillingProvider p = e.getKey();
                int providerHl = ++hl;
                start("HL").el(Integer.toString(providerHl)).el(Integer.toString(receiverHl)).el("19").el("1").end();
                start("NM1").el("1P").el("2").el(Claim837Writer.text(p.organizationName())).el("").el("").el("")
                        .el("").el("XX").el(p.npi() == null ? "" : p.npi().value()).end();
                Map<String, List<Inquiry>> bySubscriber = new LinkedHashMap<>();
                for (Inquiry i : e.getValue()) {
                    Coverage cov = coverageOf(i.claim());
                    Person s = Claim837Writer.subscriberOf(i.claim().patient(), cov);
                    bySubscriber.computeIfAbsent(cov.memberId() + '|' + s.lastName() + '|' + s.firstName() + '|'
                            + s.dateOfBirth(), k -> new ArrayList<>()).add(i);
                }
                for (List<Inquiry> group : bySubscriber.values()) {
                    writeSubscriber(providerHl, group);
                }
            }
        }

        private void writeSubscriber(int parentHl, List<Inquiry> inquiries) throws EDIStreamException {
            Claim first = inquiries.get(0).claim();
            Coverage coverage = coverageOf(first);
            Person subscriber = Claim837Writer.subscriberOf(first.patient(), coverage);
            List<Inquiry> own = new ArrayList<>();
            Map<Person, List<Inquiry>> dependents = new LinkedHashMap<>();
            for (Inquiry i : inquiries) {
                if (Claim837Writer.isSelf(coverageOf(i.claim()))) {
                    own.add(i);
                } else {
                    dependents.computeIfAbsent(i.claim().patient(), k -> new ArrayList<>()).add(i);
                }
            }
            int subscriberHl = ++hl;
            start("HL").el(Integer.toString(subscriberHl)).el(Integer.toString(parentHl)).el("22")
                    .el(dependents.isEmpty() ? "0" : "1").end();
            if (!own.isEmpty()) {
                demographics(subscriber); // the guide wants it when the subscriber is the patient
            }
            start("NM1").el("IL").el("1").el(Claim837Writer.text(subscriber.lastName()))
                    .el(textOrEmpty(subscriber.firstName())).el("").el("").el("").el("MI")
                    .el(coverage.memberId() == null ? "" : coverage.memberId().strip()).end();
            for (Inquiry i : own) {
                writeClaim(i);
            }
            for (Map.Entry<Person, List<Inquiry>> d : dependents.entrySet()) {
                start("HL").el(Integer.toString(++hl)).el(Integer.toString(subscriberHl)).el("23").end();
                demographics(d.getKey());
                start("NM1").el("QC").el("1").el(Claim837Writer.text(d.getKey().lastName()))
                        .el(textOrEmpty(d.getKey().firstName())).end();
                for (Inquiry i : d.getValue()) {
                    writeClaim(i);
                }
            }
        }

        private void demographics(Person p) throws EDIStreamException {
            if (p.dateOfBirth() != null) {
                start("DMG").el("D8").el(Claim837Writer.date(p.dateOfBirth()))
                        .el(p.sex() == null ? "U" : p.sex().name()).end();
            }
        }

        /** 2200D/E: the trace, the payer's number when known, our claim number, the charge and the dates of service. */
        private void writeClaim(Inquiry i) throws EDIStreamException {
            Claim c = i.claim();
            start("TRN").el("1").el(i.trace()).end();
            if (c.payerClaimControlNumber() != null) {
                start("REF").el("1K").el(c.payerClaimControlNumber().value()).end();
            }
            start("REF").el("EJ").el(c.claimNumber().value()).end();
            start("AMT").el("T3").el(Claim837Writer.amount(c.totalCharge())).end();
            LocalDate from = null;
            LocalDate to = null;
            for (ClaimLine line : c.lines()) {
                LocalDate f = line.serviceDate() != null ? line.serviceDate() : c.serviceDate();
                LocalDate t = line.serviceDateTo() != null ? line.serviceDateTo() : f;
                from = from == null || (f != null && f.isBefore(from)) ? f : from;
                to = to == null || (t != null && t.isAfter(to)) ? t : to;
            }
            if (from == null) {
                from = c.serviceDate();
                to = from;
            }
            if (to != null && !to.equals(from)) {
                start("DTP").el("472").el("RD8").el(Claim837Writer.date(from) + "-" + Claim837Writer.date(to)).end();
            } else {
                start("DTP").el("472").el("D8").el(Claim837Writer.date(from)).end();
            }
        }
    }

    private static String textOrEmpty(String s) {
        return s == null ? "" : Claim837Writer.text(s);
    }

}
