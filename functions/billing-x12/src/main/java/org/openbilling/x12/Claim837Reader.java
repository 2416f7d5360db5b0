package org.openbilling.x12;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.common.Money;
import org.openbilling.x12.Claim837.Line;
import org.openbilling.x12.Claim837.Party;

/** Reads an 837P (005010X222A1) back into claim data: one {@link Claim837} per CLM, in order. */
public final class Claim837Reader {

    /** Every claim in the file. */
    public List<Claim837> read(String x12) {
        return read(Segments.read(x12));
    }

    /** Every claim in the stream. */
    public List<Claim837> read(InputStream x12) {
        return read(Segments.read(x12));
    }

    private List<Claim837> read(List<Segment> segments) {
        List<Claim837> claims = new ArrayList<>();
        Party provider = null;
        String taxId = "";
        Party subscriber = null;
        Party payer = null;
        Party patient = null;
        String relationship = "";
        PayerSequence sequence = null;
        String level = "";
        ClaimBuilder claim = null;
        boolean otherPayer = false;
        for (Segment s : segments) {
            switch (s.tag()) {
                case "HL" -> {
                    claim = flush(claim, claims);
                    level = s.code(3);
                    otherPayer = false;
                    if (level.equals("20")) {
                        provider = null;
                        taxId = "";
                    } else if (level.equals("22")) {
                        subscriber = null;
                        payer = null;
                        patient = null;
                        relationship = "18";
                        sequence = null;
                    } else if (level.equals("23")) {
                        patient = null;
                    }
                }
                case "SBR" -> {
                    if (claim != null) {
                        otherPayer = true; // 2320: the other payer's loops follow
                        claim.otherPayer(s);
                    } else {
                        relationship = s.el(2);
                        sequence = PayerSequence.ofCode(s.code(1));
                    }
                }
                case "CAS" -> {
                    if (claim == null) {
                        throw s.error("CAS outside a claim (no CLM before it)");
                    }
                    claim.cas(s, otherPayer);
                }
                case "AMT" -> {
                    if (claim != null) {
                        claim.amt(s, otherPayer);
                    }
                }
                case "MOA" -> {
                    if (claim != null && otherPayer) {
                        claim.other.moa(s);
                    }
                }
                case "SVD" -> {
                    if (claim == null || claim.line == null) {
                        throw s.error("SVD outside a service line (no LX before it)");
                    }
                    claim.line.svd(s);
                }
                case "PAT" -> relationship = s.el(1);
                case "NM1" -> {
                    Party party = new Party(s.el(3), s.el(4), s.el(9));
                    String entity = s.code(1);
                    if (claim != null) {
                        if (otherPayer) {
                            claim.other.nm1(entity, party);
                            break;
                        }
                        switch (entity) {
                            case "82" -> claim.rendering = party;
                            case "DN", "P3" -> claim.referring = party;
                            default -> {
                            }
                        }
                    } else {
                        switch (entity) {
                            case "85" -> provider = party;
                            case "IL" -> {
                                subscriber = party;
                                patient = party;
                            }
                            case "PR" -> payer = party;
                            case "QC" -> patient = party;
                            default -> {
                            }
                        }
                    }
                }
                case "REF" -> {
                    String qualifier = s.code(1);
                    if (claim == null && qualifier.equals("EI")) {
                        taxId = s.el(2);
                    } else if (claim != null && otherPayer) {
                        if (qualifier.equals("F8")) {
                            claim.other.payerControl = s.el(2);
                        }
                    } else if (claim != null && claim.line == null) {
                        if (qualifier.equals("F8")) {
                            claim.payerControl = s.el(2);
                        } else if (qualifier.equals("G1")) {
                            claim.priorAuthorization = s.el(2);
                        }
                    }
                }
                case "CLM" -> {
                    claim = flush(claim, claims);
                    otherPayer = false;
                    if (provider == null || subscriber == null) {
                        throw s.error("CLM before its billing provider (2010AA) and subscriber (2010BA)");
                    }
                    claim = new ClaimBuilder(s, provider, taxId, subscriber, payer, patient,
                            relationship.isEmpty() ? "18" : relationship, sequence);
                }
                case "HI" -> {
                    if (claim != null) {
                        claim.diagnoses(s);
                    }
                }
                case "LX" -> {
                    if (claim == null) {
                        throw s.error("LX outside a claim (no CLM before it)");
                    }
                    otherPayer = false;
                    claim.closeLine();
                    claim.line = new LineBuilder(s);
                }
                case "SV1" -> {
                    if (claim == null || claim.line == null) {
                        throw s.error("SV1 outside a service line (no LX before it)");
                    }
                    claim.line.sv1(s);
                }
                case "DTP" -> {
                    if (claim != null && claim.line != null && s.el(1).equals("472")) {
                        claim.line.dates(s);
                    } else if (claim != null && s.el(1).equals("573")) {
                        LocalDate date = s.dateOrNull(3, "adjudication or payment date");
                        if (claim.line != null && claim.line.adjudication != null) {
                            claim.line.adjudication.date = date;
                        } else if (otherPayer) {
                            claim.other.date = date;
                        }
                    }
                }
                case "LIN" -> {
                    if (claim != null && claim.line != null && s.code(2).equals("N4")) {
                        claim.line.ndc = s.el(3);
                    }
                }
                case "SE" -> claim = flush(claim, claims);
                default -> {
                }
            }
        }
        flush(claim, claims);
        // after the content, so that a segment the reader cannot place is named as such, not as a miscount
        EnvelopeCheck.check(segments);
        return claims;
    }

    private static ClaimBuilder flush(ClaimBuilder claim, List<Claim837> claims) {
        if (claim != null) {
            claims.add(claim.build());
        }
        return null;
    }

    private static final class ClaimBuilder {
        final String number;
        final Money total;
        final String placeOfService;
        final String frequency;
        final Party provider;
        final String taxId;
        final Party subscriber;
        final Party payer;
        final Party patient;
        final String relationship;
        final PayerSequence sequence;
        final List<OtherPayerBuilder> others = new ArrayList<>();
        OtherPayerBuilder other;
        String payerControl = "";
        String priorAuthorization = "";
        Party rendering;
        Party referring;
        final List<String> diagnoses = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        LineBuilder line;

        ClaimBuilder(Segment s, Party provider, String taxId, Party subscriber, Party payer, Party patient,
                     String relationship, PayerSequence sequence) {
            this.sequence = sequence;
            number = s.require(1, "patient control number");
            total = s.money(2, "total claim charge amount");
            placeOfService = s.comp(5, 1);
            frequency = s.comp(5, 3);
            this.provider = provider;
            this.taxId = taxId;
            this.subscriber = subscriber;
            this.payer = payer;
            this.patient = patient;
            this.relationship = relationship;
        }

        void diagnoses(Segment s) {
            for (int i = 1; i <= s.size(); i++) {
                String qualifier = Segment.upper(s.comp(i, 1));
                String code = Segment.upper(s.comp(i, 2));
                if (code.isEmpty()) {
                    continue;
                }
                boolean icd10 = qualifier.equals("ABK") || qualifier.equals("ABF");
                // the 837 carries ICD-10-CM codes without their dot; the rest of the platform uses dotted codes
                diagnoses.add(icd10 && code.length() > 3 ? code.substring(0, 3) + '.' + code.substring(3) : code);
            }
        }

        void otherPayer(Segment sbr) {
            other = new OtherPayerBuilder(sbr);
            others.add(other);
        }

        /** A CAS of the 2320 (the other payer's claim level) or of the 2430 (its line). */
        void cas(Segment s, boolean inOtherPayer) {
            if (line != null && line.adjudication != null) {
                readCas(s, line.adjudication.adjustments);
            } else if (line == null && inOtherPayer) {
                readCas(s, other.adjustments);
            } else {
                throw s.error("CAS outside an other payer's loop (2320) or a line adjudication (2430)");
            }
        }

        void amt(Segment s, boolean inOtherPayer) {
            String qualifier = s.code(1);
            if (line != null && line.adjudication != null) {
                if (qualifier.equals("EAF")) {
                    line.adjudication.liability = s.money(2, "remaining patient liability");
                }
            } else if (line == null && inOtherPayer) {
                if (qualifier.equals("D")) {
                    other.paid = s.money(2, "payer paid amount");
                } else if (qualifier.equals("EAF")) {
                    other.liability = s.money(2, "remaining patient liability");
                }
            }
        }

        void closeLine() {
            if (line != null) {
                lines.add(line.build());
                line = null;
            }
        }

        Claim837 build() {
            closeLine();
            return new Claim837(number, total, placeOfService, frequency, payerControl, priorAuthorization, diagnoses,
                    lines, provider, taxId, subscriber, payer, patient, relationship, rendering, referring, sequence,
                    others.stream().map(OtherPayerBuilder::build).toList());
        }
    }

    /** Up to six reason/amount/quantity triplets of one group code, as the 835 reader reads them. */
    private static void readCas(Segment s, List<Remittance.CasAdjustment> into) {
        String group = s.code(1);
        if (group.isEmpty()) {
            throw s.error("CAS01 (claim adjustment group code) is required");
        }
        for (int i = 2; i <= 17; i += 3) {
            if (!s.el(i).isEmpty()) {
                into.add(new Remittance.CasAdjustment(group, s.code(i), s.money(i + 1, "adjustment amount"),
                        s.decimalOrNull(i + 2, "adjustment quantity")));
            }
        }
    }

    private static List<String> modifiers(String[] procedure) {
        List<String> mods = new ArrayList<>();
        for (int i = 2; i < Math.min(procedure.length, 6); i++) {
            if (!procedure[i].isEmpty()) {
                mods.add(procedure[i]);
            }
        }
        return mods;
    }

    /** A 2320 loop being read, with its 2330A (subscriber) and 2330B (payer). */
    private static final class OtherPayerBuilder {
        final PayerSequence sequence;
        final String filing;
        final String insuranceType;
        Party subscriber;
        Party payer;
        String payerControl = "";
        LocalDate date;
        Money paid;
        Money liability;
        final List<Remittance.CasAdjustment> adjustments = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();

        OtherPayerBuilder(Segment sbr) {
            sequence = PayerSequence.ofCode(sbr.code(1));
            insuranceType = sbr.el(5);
            filing = sbr.code(9);
        }

        void nm1(String entity, Party party) {
            if (entity.equals("IL")) {
                subscriber = party;
            } else if (entity.equals("PR")) {
                payer = party;
            }
        }

        void moa(Segment s) {
            for (int i = 3; i <= 7; i++) {
                if (!s.el(i).isEmpty()) {
                    remarks.add(s.code(i));
                }
            }
        }

        Claim837.OtherPayer build() {
            return new Claim837.OtherPayer(sequence, filing, insuranceType, subscriber, payer, payerControl, date,
                    paid, liability, adjustments, remarks);
        }
    }

    /** A 2430 loop being read. */
    private static final class LineAdjudicationBuilder {
        final String payerId;
        final Money paid;
        final String code;
        final List<String> modifiers;
        final BigDecimal units;
        LocalDate date;
        Money liability;
        final List<Remittance.CasAdjustment> adjustments = new ArrayList<>();

        LineAdjudicationBuilder(Segment s) {
            payerId = s.require(1, "other payer primary identifier");
            paid = s.money(2, "service line paid amount");
            String[] procedure = s.components(3);
            if (procedure.length < 2 || procedure[1].isEmpty()) {
                throw s.error("SVD03 needs a qualifier and a procedure code");
            }
            code = procedure[1];
            modifiers = modifiers(procedure);
            units = s.decimalOrNull(5, "paid service unit count");
        }

        Claim837.LineAdjudication build() {
            return new Claim837.LineAdjudication(payerId, paid, code, modifiers, units, adjustments, date, liability);
        }
    }

    private static final class LineBuilder {
        final Segment lx;
        final int number;
        String code;
        List<String> modifiers = List.of();
        BigDecimal units;
        Money charge;
        List<Integer> pointers = List.of();
        LocalDate from;
        LocalDate to;
        String ndc = "";
        final List<Claim837.LineAdjudication> adjudications = new ArrayList<>();
        LineAdjudicationBuilder adjudication;

        LineBuilder(Segment lx) {
            this.lx = lx;
            try {
                number = Integer.parseInt(lx.require(1, "assigned number"));
            } catch (NumberFormatException e) {
                throw lx.error("LX01 is not a line number: '" + lx.el(1) + "'");
            }
        }

        void sv1(Segment s) {
            String[] procedure = s.components(1);
            if (procedure.length < 2 || procedure[1].isEmpty()) {
                throw s.error("SV101 needs a qualifier and a procedure code");
            }
            code = procedure[1];
            modifiers = modifiers(procedure);
            charge = s.money(2, "line item charge amount");
            units = s.decimalOrNull(4, "service unit count");
            List<Integer> p = new ArrayList<>();
            for (String pointer : s.components(7)) {
                if (pointer.isEmpty()) {
                    continue;
                }
                try {
                    p.add(Integer.parseInt(pointer));
                } catch (NumberFormatException e) {
                    throw s.error("SV107 diagnosis pointer is not a number: '" + pointer + "'");
                }
            }
            pointers = p;
        }

        void dates(Segment s) {
            String value = s.el(3);
            if (s.code(2).equals("RD8")) {
                int dash = value.indexOf('-');
                if (dash < 0) {
                    throw s.error("DTP03 is not a CCYYMMDD-CCYYMMDD range: '" + value + "'");
                }
                from = s.parseDate(value.substring(0, dash), 3, "service date");
                to = s.parseDate(value.substring(dash + 1), 3, "service date");
            } else {
                from = s.dateOrNull(3, "service date");
            }
        }

        void svd(Segment s) {
            closeAdjudication();
            adjudication = new LineAdjudicationBuilder(s);
        }

        private void closeAdjudication() {
            if (adjudication != null) {
                adjudications.add(adjudication.build());
                adjudication = null;
            }
        }

        Line build() {
            if (code == null) {
                throw lx.error("service line " + number + " has no SV1");
            }
            closeAdjudication();
            return new Line(number, code, modifiers, units, charge, pointers, from, to, ndc, adjudications);
        }
    }
}
